using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Insights.Dashboard.Tests.Organizer;
using Parquet;

namespace Insights.Dashboard.Tests.Audit;

/// <summary>
/// Every public count of a season read back from what was produced, as an attacker would collect it: the static
/// site's CSV and Parquet files, the tables of its HTML pages (both languages) and the dashboard's CSV downloads. The
/// outputs are merged cell by cell (a count is known when any output shows it) and every disagreement between outputs
/// is recorded: one computation must feed them all.
/// </summary>
public sealed partial class PublishedOutputs
{
    private readonly Dictionary<string, (PublishedTable Table, string Source)> _tables = new(StringComparer.Ordinal);
    private readonly List<string> _disagreements = [];

    private PublishedOutputs()
    {
    }

    /// <summary>The tables by site path without extension (<c>data/2024-JS/by-city</c>, …).</summary>
    public IReadOnlyDictionary<string, PublishedTable> Tables => _tables.ToDictionary(t => t.Key, t => t.Value.Table, StringComparer.Ordinal);

    /// <summary>Cells where two outputs disagree (a value in one, another value or "hidden" in the other).</summary>
    public IReadOnlyList<string> Disagreements => _disagreements;

    /// <summary>How many HTML tables were read.</summary>
    public int HtmlTables { get; private set; }

    /// <summary>Reads a published site and the dashboard that published it.</summary>
    /// <param name="site">The static site's folder.</param>
    /// <param name="dashboard">An anonymous client of the dashboard, for its <c>/data/…csv</c> downloads.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The merged outputs.</returns>
    public static async Task<PublishedOutputs> ReadAsync(string site, HttpClient dashboard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var outputs = new PublishedOutputs();
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal).ToList();
        foreach (var csv in files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var path = csv[..^4];
            var rows = Csv.Parse(await File.ReadAllTextAsync(Path.Combine(site, csv), cancellationToken));
            outputs._tables[path] = (FromCsv(path, rows), "site " + csv);
            var download = await dashboard.GetStringAsync(new Uri("/" + csv, UriKind.Relative), cancellationToken);
            outputs.Merge(path, "dashboard /" + csv, [.. Csv.Parse(download).Skip(1).Select(r => r.Skip(1).Select(Value).ToArray())]);
            outputs.Merge(path, "site " + path + ".parquet", await ParquetRowsAsync(Path.Combine(site, path + ".parquet"), cancellationToken));
        }

        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = await File.ReadAllTextAsync(Path.Combine(site, page), cancellationToken);
            foreach (Match table in CountTable().Matches(html))
            {
                var href = WebUtility.HtmlDecode(Download().Match(table.Value).Groups[1].Value);
                var target = Path.GetRelativePath(site, Path.GetFullPath(Path.Combine(site, Path.GetDirectoryName(page) ?? "", href)))
                    .Replace(Path.DirectorySeparatorChar, '/');
                var rows = Row().Matches(table.Value).Skip(1) // the header
                    .Select(r => Cell().Matches(r.Value).Skip(1).Select(c => Shown(WebUtility.HtmlDecode(c.Groups[1].Value).Trim())).ToArray())
                    .ToList();
                outputs.Merge(target[..^4], $"page {page}", rows);
                outputs.HtmlTables++;
            }
        }

        return outputs;
    }

    private static PublishedTable FromCsv(string path, List<List<string>> rows)
    {
        var columns = rows[0].Skip(1).ToList();
        var values = new long?[rows.Count - 1, columns.Count];
        for (var r = 1; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                values[r - 1, c] = Value(rows[r][c + 1]);
            }
        }

        return new PublishedTable(path, columns, [.. rows.Skip(1).Select(r => r[0])], values);
    }

    /// <summary>Adds what another output shows of a table, row by row and column by column as the CSV has them.</summary>
    private void Merge(string path, string source, IReadOnlyList<long?[]> rows)
    {
        if (!_tables.TryGetValue(path, out var known))
        {
            _disagreements.Add($"{source}: a table {path} that has no CSV");
            return;
        }

        var values = known.Table.Values;
        if (rows.Count != values.GetLength(0) || rows.Any(r => r.Length != values.GetLength(1)))
        {
            _disagreements.Add($"{source}: {rows.Count} rows, {known.Source} {values.GetLength(0)}");
            return;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var (a, b) = (values[r, c], rows[r][c]);
                if (a != b)
                {
                    _disagreements.Add(FormattableString.Invariant(
                        $"{path} row {known.Table.Rows[r]} column {known.Table.Columns[c]}: {known.Source} {a?.ToString(CultureInfo.InvariantCulture) ?? "hidden"}, {source} {b?.ToString(CultureInfo.InvariantCulture) ?? "hidden"}"));
                    // What any output shows is known.
                    values[r, c] ??= b;
                }
            }
        }
    }

    private static async Task<List<long?[]>> ParquetRowsAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        var fields = reader.Schema.GetDataFields();
        using var group = reader.OpenRowGroupReader(0);
        var columns = new List<long?[]>();
        // label, then per count column its value and its _suppressed flag.
        for (var f = 1; f < fields.Length; f += 2)
        {
            var values = new long?[group.RowCount];
            await group.ReadAsync(fields[f], values.AsMemory(), cancellationToken: cancellationToken);
            columns.Add(values);
        }

        return [.. Enumerable.Range(0, (int)group.RowCount).Select(r => columns.Select(c => c[r]).ToArray())];
    }

    private static long? Value(string cell) => cell == "suppressed" ? null : long.Parse(cell, CultureInfo.InvariantCulture);

    /// <summary>A page's cell: "*" is hidden, a number may carry group separators (1,234).</summary>
    private static long? Shown(string text) =>
        text == "*" ? null : long.Parse(text.Replace(",", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<div class="count-table">.*?</div>""", RegexOptions.Singleline)]
    private static partial Regex CountTable();

    [GeneratedRegex("<a class=\"download\" href=\"([^\"]*)\"")]
    private static partial Regex Download();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
