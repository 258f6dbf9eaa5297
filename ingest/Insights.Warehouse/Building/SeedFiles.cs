using nietras.SeparatedValues;

namespace Insights.Warehouse.Building;

/// <summary>
/// The build's seed files (dbt's seeds): small CSV files embedded as <c>seeds/NAME.csv</c> that the build loads as
/// reference tables, such as the labels of every finding kind. Read whole, with errors that name the file and row.
/// </summary>
internal static class SeedFiles
{
    /// <summary>The rows of a seed file, its columns in <paramref name="columns"/>' order.</summary>
    /// <param name="name">The file name without <c>.csv</c>.</param>
    /// <param name="columns">The columns to read; each must be in the header.</param>
    public static List<string[]> Read(string name, IReadOnlyList<string> columns)
    {
        var resource = $"seeds/{name}.csv";
        var assembly = typeof(SeedFiles).Assembly;
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"程序中缺少种子文件 {resource} / the seed file {resource} is missing from the build.");
        using var text = new StreamReader(stream);
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableFastFloat = true }).From(text);
        var missing = columns.Where(c => !reader.Header.ColNames.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"种子文件 {resource} 缺少列 {string.Join("、", missing)} / the seed file {resource} lacks the columns {string.Join(", ", missing)}.");
        }

        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var values = new string[columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = row[columns[i]].ToString();
            }

            rows.Add(values);
        }

        return rows;
    }
}
