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
        Insights.Model.Files.CsvWriter.Bytes(PublicDownloads.Csv(table));

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

    /// <summary>
    /// The data dictionary (Markdown), written from <see cref="OpenDataCatalog"/> as the dashboard's <c>/data</c> page
    /// is: the data version, the suppression rule, the file formats, and per table its files and columns.
    /// </summary>
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
            .Append("网页版：网站根目录的 `data.html`（英文 `en/data.html`）/ the same as a page: `data.html` at the site's root (English: `en/data.html`).\n\n")
            .Append("## 数据版本 / Data version\n\n")
            .Append(CultureInfo.InvariantCulture, $"- batch: `{batch}`\n")
            .Append(CultureInfo.InvariantCulture, $"- loaded at: {loadedAt?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "—"}\n\n")
            .Append("## 小单元格抑制 / Small-cell suppression\n\n")
            .Append(OpenDataCatalog.Suppression(threshold).Zh).Append("\n\n")
            .Append(OpenDataCatalog.Suppression(threshold).En).Append("\n\n")
            .Append("## 文件格式 / File formats\n\n")
            .Append("- ").Append(OpenDataCatalog.CsvFormat.Zh).Append('\n')
            .Append("- ").Append(OpenDataCatalog.CsvFormat.En).Append('\n')
            .Append("- ").Append(OpenDataCatalog.ParquetFormat.Zh).Append('\n')
            .Append("- ").Append(OpenDataCatalog.ParquetFormat.En).Append("\n\n")
            .Append("## 文件 / Files\n");
        foreach (var kind in files.Select(f => f.Kind).Distinct())
        {
            var ofKind = files.Where(f => f.Kind == kind).ToList();
            text.Append(CultureInfo.InvariantCulture, $"\n### {kind.Title.Both()}\n\n");
            foreach (var file in ofKind)
            {
                var name = file.Path.StartsWith("data/", StringComparison.Ordinal) ? file.Path[5..] : file.Path;
                text.Append(CultureInfo.InvariantCulture, $"- `{name}.csv`, `{name}.parquet`\n");
            }

            text.Append("\n| column | CSV | Parquet | meaning |\n|---|---|---|---|\n");
            foreach (var column in kind.Columns())
            {
                text.Append(CultureInfo.InvariantCulture, $"| `{column.Name}` | {column.CsvType?.Both() ?? "—"} | {column.ParquetType} | {column.Meaning.Both()} |\n");
            }
        }

        return text.ToString();
    }
}
