using System.Globalization;

namespace Insights.Analytics.Tests.Reliability;

/// <summary>
/// Reference values written by ReferenceData/Reliability/icc_actual_raters_reference.R (icc_actual_raters_reference.csv:
/// k_h, lme4's variance components and the average-measure ICCs by hand) and the cells of its synthetic written review
/// (icc_actual_raters_matrices.csv, 80 projects x 20 judges, 4-6 judges per project).
/// </summary>
internal static class ActualRatersReference
{
    private static readonly Lazy<Dictionary<string, double>> s_values = new(() => Rows("icc_actual_raters_reference.csv")
        .ToDictionary(p => $"{p[0]}/{p[1]}", p => double.Parse(p[2], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal));

    /// <summary>One value by dataset and field.</summary>
    public static double Value(string dataset, string field) =>
        s_values.Value.TryGetValue($"{dataset}/{field}", out var value)
            ? value
            : throw new KeyNotFoundException($"icc_actual_raters_reference.csv has no {dataset}/{field}; rerun icc_actual_raters_reference.R.");

    /// <summary>The 80 x 20 written-review matrix, NaN where the judge did not score the project.</summary>
    public static double[,] WrittenReview()
    {
        var scores = new double[80, 20];
        for (var i = 0; i < 80; i++)
        {
            for (var j = 0; j < 20; j++)
            {
                scores[i, j] = double.NaN;
            }
        }

        foreach (var p in Rows("icc_actual_raters_matrices.csv"))
        {
            scores[int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture)] =
                double.Parse(p[3], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return scores;
    }

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "ReferenceData", "Reliability", file))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','));
}
