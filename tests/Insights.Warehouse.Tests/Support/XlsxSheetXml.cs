using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Insights.Warehouse.Tests.Support;

/// <summary>
/// Reads and replaces the XML of the first worksheet of an XLSX file, so that a test can add or break rows of a real
/// export while keeping the zip itself valid (entries, order and other parts unchanged).
/// </summary>
public static class XlsxSheetXml
{
    /// <summary>The worksheet's XML text (a byte-order mark, if any, kept as U+FEFF).</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    public static string Read(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var stream = Sheet(zip).Open();
        using var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return text.ReadToEnd();
    }

    /// <summary>A copy of the workbook with the worksheet's XML replaced.</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    /// <param name="xml">The new worksheet XML.</param>
    public static byte[] Replace(byte[] xlsx, string xml)
    {
        using var source = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var sheet = Sheet(source).FullName;
        var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = entry.LastWriteTime;
                using var to = copy.Open();
                if (entry.FullName == sheet)
                {
                    to.Write(new UTF8Encoding(false).GetBytes(xml));
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>The namespace prefix of the sheet's elements (<c>x:</c> as MiniExcel writes them, or empty) and its rows.</summary>
    /// <param name="xml">Worksheet XML.</param>
    public static (string Prefix, List<(long Number, string Body)> Rows) Rows(string xml)
    {
        var prefix = Regex.Match(xml, "<(\\w+:)?sheetData>").Groups[1].Value;
        var rows = Regex.Matches(xml, $"<{prefix}row r=\"(\\d+)\"[^>]*>(.*?)</{prefix}row>", RegexOptions.Singleline)
            .Select(m => (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value))
            .ToList();
        return (prefix, rows);
    }

    /// <summary>The cells of a row's XML by column index, renumbered to another row.</summary>
    /// <param name="prefix">Namespace prefix.</param>
    /// <param name="number">The row's number.</param>
    /// <param name="body">The row's inner XML.</param>
    /// <param name="newNumber">The row number the cells get.</param>
    public static SortedDictionary<int, string> Cells(string prefix, long number, string body, long newNumber)
    {
        var cells = new SortedDictionary<int, string>();
        foreach (Match m in Regex.Matches(body, $"<{prefix}c r=\"([A-Z]+)\\d+\"(?:[^>]*?/>|[^>]*>.*?</{prefix}c>)", RegexOptions.Singleline))
        {
            var letters = m.Groups[1].Value;
            cells[ColumnIndex(letters)] = m.Value.Replace(
                string.Create(CultureInfo.InvariantCulture, $" r=\"{letters}{number}\""),
                string.Create(CultureInfo.InvariantCulture, $" r=\"{letters}{newNumber}\""),
                StringComparison.Ordinal);
        }

        return cells;
    }

    /// <summary>A text cell (<c>t="str"</c>, as MiniExcel writes text).</summary>
    /// <param name="prefix">Namespace prefix.</param>
    /// <param name="column">Zero-based column index.</param>
    /// <param name="row">Row number.</param>
    /// <param name="value">The text.</param>
    public static string StringCell(string prefix, int column, long row, string value) =>
        string.Create(CultureInfo.InvariantCulture, $"<{prefix}c r=\"{Column(column)}{row}\" t=\"str\"><{prefix}v>{Escape(value)}</{prefix}v></{prefix}c>");

    /// <summary>A row's XML.</summary>
    /// <param name="prefix">Namespace prefix.</param>
    /// <param name="number">Row number.</param>
    /// <param name="cells">Cells by column index.</param>
    public static string Row(string prefix, long number, SortedDictionary<int, string> cells) =>
        string.Create(CultureInfo.InvariantCulture, $"<{prefix}row r=\"{number}\">{string.Concat(cells.Values)}</{prefix}row>");

    /// <summary>The worksheet XML with rows added at the end of its sheet data.</summary>
    /// <param name="xml">Worksheet XML.</param>
    /// <param name="prefix">Namespace prefix.</param>
    /// <param name="rows">The rows' XML.</param>
    public static string Append(string xml, string prefix, string rows) =>
        xml.Replace($"</{prefix}sheetData>", rows + $"</{prefix}sheetData>", StringComparison.Ordinal);

    /// <summary>The zero-based index of spreadsheet column letters (A → 0, AA → 26).</summary>
    /// <param name="letters">Column letters.</param>
    public static int ColumnIndex(string letters) => letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;

    /// <summary>The spreadsheet column letters of a zero-based column index (0 → A, 26 → AA).</summary>
    /// <param name="index">Column index.</param>
    public static string Column(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>A text escaped for XML content.</summary>
    /// <param name="text">The text.</param>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static ZipArchiveEntry Sheet(ZipArchive zip) =>
        zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .OrderBy(e => e.FullName, StringComparer.Ordinal).First();
}
