using System.Globalization;
using System.Text;
using Insights.Dashboard.Public;
using Insights.Dashboard.Suppression;
using Parquet;
using Parquet.Schema;

namespace Insights.Dashboard.Publishing;

/// <summary>
/// Writes a public table as open data: CSV (the same bytes as the dashboard's <c>/data</c> download, "suppressed" for
/// hidden cells) and Parquet (a nullable count per column, null when suppressed, beside a boolean
/// <c>&lt;column&gt;_suppressed</c>); both end with the total row, and a table of several columns has a total column.
/// </summary>
public static class OpenDataWriter
{
    /// <summary>The CSV file's bytes: UTF-8 with BOM, as the dashboard's download.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Csv(CountTable table) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(PublicDownloads.Csv(table))];

    /// <summary>The value columns of the files: the table's columns and, with more than one, "total".</summary>
    /// <param name="table">The table.</param>
    /// <returns>Column names.</returns>
    public static IReadOnlyList<string> Columns(CountTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Columns > 1 ? [.. table.ColumnLabels, "total"] : [.. table.ColumnLabels];
    }

    /// <summary>The Parquet file's bytes: <c>label</c>, then per column its count (null when suppressed) and <c>_suppressed</c>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The bytes.</returns>
    public static async Task<byte[]> ParquetAsync(CountTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = Columns(table);
        var rows = table.Rows + 1;
        var labels = new string[rows];
        var values = columns.Select(_ => new long?[rows]).ToArray();
        for (var r = 0; r < rows; r++)
        {
            var total = r == table.Rows;
            labels[r] = total ? "total" : table.RowLabels[r];
            for (var c = 0; c < columns.Count; c++)
            {
                var isTotalColumn = c == table.Columns;
                values[c][r] = (total, isTotalColumn) switch
                {
                    (false, false) => table.Cell(r, c),
                    (false, true) => table.RowTotal(r),
                    (true, false) => table.ColumnTotal(c),
                    _ => table.GrandTotal(),
                };
            }
        }

        var label = new DataField<string>("label");
        var fields = new List<DataField> { label };
        foreach (var column in columns)
        {
            fields.Add(new DataField<long?>(column));
            fields.Add(new DataField<bool>(column + "_suppressed"));
        }

        using var stream = new MemoryStream();
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.None };
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, options).ConfigureAwait(false))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(label, labels).ConfigureAwait(false);
            for (var c = 0; c < columns.Count; c++)
            {
                await group.WriteAsync(fields[1 + (2 * c)], (ReadOnlyMemory<long?>)values[c]).ConfigureAwait(false);
                await group.WriteAsync(fields[2 + (2 * c)], (ReadOnlyMemory<bool>)values[c].Select(v => v is null).ToArray()).ConfigureAwait(false);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The data dictionary (Markdown): the data version, the suppression rule, every file and its columns.</summary>
    /// <param name="files">The published tables.</param>
    /// <param name="threshold">The suppression threshold k.</param>
    /// <param name="batch">The warehouse's newest batch.</param>
    /// <param name="loadedAt">When it was loaded.</param>
    /// <returns>Markdown text.</returns>
    public static string Dictionary(IReadOnlyList<OpenDataFile> files, int threshold, string batch, DateTime? loadedAt)
    {
        ArgumentNullException.ThrowIfNull(files);
        var text = new StringBuilder();
        text.Append("# 开放数据 / Open data\n\n")
            .Append("数据要素×大赛江苏省分赛 公开统计 / public statistics of the Data Elements x competition, Jiangsu division.\n\n")
            .Append("## 数据版本 / Data version\n\n")
            .Append(CultureInfo.InvariantCulture, $"- batch: `{batch}`\n")
            .Append(CultureInfo.InvariantCulture, $"- loaded at: {loadedAt?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "—"}\n\n")
            .Append("## 小单元格抑制 / Small-cell suppression\n\n")
            .Append(CultureInfo.InvariantCulture, $"Counts from 1 to {threshold - 1} (k = {threshold}) are not published, totals included. ")
            .Append("A row or column whose total is shown never has exactly one hidden cell (it could be recovered by subtraction): ")
            .Append("the smallest other non-zero cell of that line is hidden too, or the total when there is none, until stable ")
            .Append("(complementary suppression). Zeros are shown. The tables are the same as the public pages and the dashboard's downloads.\n\n")
            .Append("- CSV: UTF-8 with BOM; `label`, one column per count, `total` when there are several; the last row is `total`; ")
            .Append("a hidden count reads `suppressed`; a label beginning with = + - @ is prefixed with `'`.\n")
            .Append("- Parquet: `label` (string), per count column `<column>` (int64, null when hidden) and `<column>_suppressed` (boolean); the same rows.\n\n")
            .Append("## 文件 / Files\n\n")
            .Append("| file | table | columns |\n|---|---|---|\n");
        foreach (var file in files)
        {
            var name = file.Path.StartsWith("data/", StringComparison.Ordinal) ? file.Path[5..] : file.Path;
            text.Append(CultureInfo.InvariantCulture, $"| `{name}.csv`, `{name}.parquet` | {file.Title} | `label`, ")
                .AppendJoin(", ", Columns(file.Table).Select(c => $"`{c}`"))
                .Append(" |\n");
        }

        return text.ToString();
    }
}
