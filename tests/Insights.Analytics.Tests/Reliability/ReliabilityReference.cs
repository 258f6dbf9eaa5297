using System.Globalization;
using Insights.Analytics.Tests.Support;

namespace Insights.Analytics.Tests.Reliability;

/// <summary>
/// Reference values written by ReferenceData/Reliability/icc_reference.R (psych::ICC and base-R implementations,
/// printed with 17 significant digits) and the essay ratings of Wind and Hua they were computed from.
/// </summary>
internal static class ReliabilityReference
{
    private static readonly Lazy<Dictionary<string, double>> s_values = new(Load);
    private static readonly Lazy<EssayMatrices> s_essays = new(LoadEssays);

    /// <summary>The essay-rating matrices, 372 students (rows, sorted by id) x 21 raters (columns, sorted by id).</summary>
    public static EssayMatrices Essays => s_essays.Value;

    /// <summary>One reference value, by the CSV's dataset, statistic, type and field columns.</summary>
    public static double Value(string dataset, string statistic, string type, string field)
    {
        var key = Key(dataset, statistic, type, field);
        return s_values.Value.TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"icc_reference.csv has no row {key}; rerun icc_reference.R.");
    }

    /// <summary>Asserts |actual - expected| &lt;= tolerance * max(1, |expected|).</summary>
    public static void AssertClose(double expected, double actual, double tolerance, string what)
    {
        var allowed = tolerance * Math.Max(1.0, Math.Abs(expected));
        Assert.True(
            Math.Abs(actual - expected) <= allowed,
            string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, got {actual:R} (difference {actual - expected:G3}, allowed {allowed:G3})."));
    }

    /// <summary>The essay matrix with cell (i, j) dropped when (i + 2 j) mod 7 == 0 (1-based), as in icc_reference.R.</summary>
    public static double[,] WithMissingPattern(double[,] scores)
    {
        var copy = (double[,])scores.Clone();
        for (var i = 1; i <= copy.GetLength(0); i++)
        {
            for (var j = 1; j <= copy.GetLength(1); j++)
            {
                if ((i + (2 * j)) % 7 == 0)
                {
                    copy[i - 1, j - 1] = double.NaN;
                }
            }
        }

        return copy;
    }

    private static string Key(string dataset, string statistic, string type, string field) => $"{dataset}/{statistic}/{type}/{field}";

    private static Dictionary<string, double> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "Reliability", "icc_reference.csv");
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            values[Key(parts[0], parts[1], parts[2], parts[3])] = double.Parse(parts[4], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static EssayMatrices LoadEssays()
    {
        var path = SharedDatasets.EssayRatings;
        var rows = File.ReadLines(path).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(',').Select(field => int.Parse(field.Trim('"'), CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        var students = rows.Select(r => r[0]).Distinct().Order().ToList();
        var raters = rows.Select(r => r[2]).Distinct().Order().ToList();
        var studentIndex = students.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var raterIndex = raters.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var style = new double[students.Count, raters.Count];
        var mean4 = new double[students.Count, raters.Count];
        foreach (var row in rows)
        {
            int i = studentIndex[row[0]], j = raterIndex[row[2]];
            style[i, j] = row[3];
            mean4[i, j] = (row[3] + row[4] + row[5] + row[6]) / 4.0;
        }

        return new EssayMatrices(style, mean4);
    }
}
