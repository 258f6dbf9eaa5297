using System.Text;
using nietras.SeparatedValues;

namespace Insights.Warehouse.Tests.Support;

/// <summary>Reading and writing the text of a generated CSV export in its own encoding, for tests that change it.</summary>
public static class CsvText
{
    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of a file in an encoding of the generator's manifest (<c>utf-8</c>, <c>utf-8-bom</c>, <c>gb18030</c>), without a byte-order mark.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="encoding">Its encoding.</param>
    public static string Decode(byte[] bytes, string? encoding) => encoding == "gb18030"
        ? Encoding.GetEncoding("GB18030").GetString(bytes)
        : new UTF8Encoding(false).GetString(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);

    /// <summary>The bytes of a text in an encoding of the generator's manifest.</summary>
    /// <param name="text">The text.</param>
    /// <param name="encoding"><c>utf-8</c>, <c>utf-8-bom</c> or <c>gb18030</c>.</param>
    public static byte[] Encode(string text, string encoding) => encoding switch
    {
        "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
        _ => new UTF8Encoding(false).GetBytes(text),
    };

    /// <summary>Header and rows of a CSV text (quotes removed).</summary>
    /// <param name="text">The text.</param>
    public static (List<string> Header, List<string[]> Rows) Read(string text)
    {
        var header = new List<string>();
        var rows = new List<string[]>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        header.AddRange(reader.Header.ColNames);
        foreach (var row in reader)
        {
            var cells = new string[header.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(cells);
        }

        return (header, rows);
    }

    /// <summary>One CSV line of cells, quoted where a cell holds a comma, a quote or a line break.</summary>
    /// <param name="cells">The cells.</param>
    public static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(c =>
        c.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c));

    /// <summary>The text with a final line break, and the line break it uses.</summary>
    /// <param name="text">A CSV text.</param>
    public static (string Text, string Newline) Terminated(string text)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        return (text.EndsWith('\n') ? text : text + newline, newline);
    }

    /// <summary>The number the ingest gives the next line appended to a line-terminated text (the header is line 1).</summary>
    /// <param name="terminated">A text that ends with a line break.</param>
    public static long NextLine(string terminated) => terminated.Count(c => c == '\n') + 1;
}
