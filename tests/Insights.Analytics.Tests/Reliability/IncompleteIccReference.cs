using System.Globalization;

namespace Insights.Analytics.Tests.Reliability;

/// <summary>
/// Reference values and matrices written by ReferenceData/Reliability/icc_incomplete_reference.R:
/// psych::ICC(x, lmer = TRUE, missing = FALSE) on incomplete and complete matrices, tightly refitted lme4 variance
/// components, and the observed cells of the incomplete matrices (their missing patterns come from R's RNG).
/// </summary>
internal static class IncompleteIccReference
{
    private static readonly Lazy<Dictionary<string, double>> s_values = new(Load);
    private static readonly Lazy<Dictionary<string, List<(int Project, int Judge, double Score)>>> s_cells = new(LoadCells);

    /// <summary>One reference value, by the CSV's dataset, source, type and field columns.</summary>
    public static double Value(string dataset, string source, string type, string field)
    {
        var key = Key(dataset, source, type, field);
        return s_values.Value.TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"icc_incomplete_reference.csv has no row {key}; rerun icc_incomplete_reference.R.");
    }

    /// <summary>The observed cells of an incomplete dataset: 0-based project (row), judge (column) and score.</summary>
    public static IReadOnlyList<(int Project, int Judge, double Score)> Cells(string dataset) =>
        s_cells.Value.TryGetValue(dataset, out var cells)
            ? cells
            : throw new KeyNotFoundException($"icc_incomplete_matrices.csv has no dataset {dataset}; rerun icc_incomplete_reference.R.");

    /// <summary>The incomplete matrix of a dataset, NaN where no score was kept, with psych's n.obs x n.judge shape.</summary>
    public static double[,] Matrix(string dataset)
    {
        var n = (int)Value(dataset, "psych_lmer", "dims", "n.obs");
        var k = (int)Value(dataset, "psych_lmer", "dims", "n.judge");
        var scores = new double[n, k];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                scores[i, j] = double.NaN;
            }
        }

        foreach (var (project, judge, score) in Cells(dataset))
        {
            scores[project, judge] = score;
        }

        return scores;
    }

    private static string Key(string dataset, string source, string type, string field) => $"{dataset}/{source}/{type}/{field}";

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "ReferenceData", "Reliability", file))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','));

    private static Dictionary<string, double> Load()
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var parts in Rows("icc_incomplete_reference.csv"))
        {
            values[Key(parts[0], parts[1], parts[2], parts[3])] = double.Parse(parts[4], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static Dictionary<string, List<(int Project, int Judge, double Score)>> LoadCells()
    {
        var cells = new Dictionary<string, List<(int Project, int Judge, double Score)>>(StringComparer.Ordinal);
        foreach (var parts in Rows("icc_incomplete_matrices.csv"))
        {
            if (!cells.TryGetValue(parts[0], out var list))
            {
                cells[parts[0]] = list = [];
            }

            list.Add((
                int.Parse(parts[1], CultureInfo.InvariantCulture),
                int.Parse(parts[2], CultureInfo.InvariantCulture),
                double.Parse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return cells;
    }
}
