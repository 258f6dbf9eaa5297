using System.Globalization;
using System.Text;

namespace Insights.Model.Files;

/// <summary>
/// The one CSV writer of the files people open in a spreadsheet (analysis files, dashboard downloads, open data,
/// validation tables): RFC 4180 quoting, LF line ends, one formula defusal, and UTF-8 with a byte order mark where
/// Excel opens the file (without it Excel reads UTF-8 Chinese as the ANSI code page). Its own rather than Sep's writer:
/// Sep builds the header from the column names set on the first row (a table's labels may repeat) and has no defusal.
/// </summary>
public static class CsvWriter
{
    /// <summary>The UTF-8 encoding with a byte order mark, for files Excel users open.</summary>
    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The UTF-8 encoding without a byte order mark, for files only programs read.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// A cell defused against formula injection: text that a spreadsheet would run as a formula (starting with =, @, a
    /// tab or a carriage return, or with + or - when it is not a number) is prefixed with an apostrophe. Numbers stay
    /// numbers: <c>-1.5</c>, <c>+3</c>, <c>-Inf</c> are not touched.
    /// </summary>
    /// <param name="value">The cell's text (null: empty).</param>
    public static string Defuse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var risky = value[0] is '=' or '@' or '\t' or '\r' || (value[0] is '+' or '-' && !IsNumber(value));
        return risky ? "'" + value : value;
    }

    /// <summary>A cell as written: defused, then quoted when it holds a comma, a quote or a line break.</summary>
    /// <param name="value">The cell's text (null: empty).</param>
    public static string Cell(string? value)
    {
        var defused = Defuse(value);
        return defused.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + defused.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : defused;
    }

    /// <summary>A record: the cells written and joined with commas (no line end).</summary>
    /// <param name="cells">The cells' text.</param>
    public static string Line(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return string.Join(',', cells.Select(Cell));
    }

    /// <summary>The CSV text of a header and rows, each record ended by LF.</summary>
    /// <param name="header">Column names.</param>
    /// <param name="rows">The rows' cells, as text.</param>
    public static string Text(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, header, rows);
        return writer.ToString();
    }

    /// <summary>Writes a header and rows, each record ended by LF.</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="header">Column names.</param>
    /// <param name="rows">The rows' cells, as text.</param>
    public static void Write(TextWriter writer, IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write(Line(header));
        writer.Write('\n');
        foreach (var row in rows)
        {
            writer.Write(Line(row));
            writer.Write('\n');
        }
    }

    /// <summary>CSV text as the bytes of a download or a file: UTF-8, with the byte order mark Excel needs.</summary>
    /// <param name="csv">CSV text.</param>
    public static byte[] Bytes(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(csv)];
    }

    /// <summary>Writes a CSV file in UTF-8 with a byte order mark.</summary>
    /// <param name="path">The file.</param>
    /// <param name="header">Column names.</param>
    /// <param name="rows">The rows' cells, as text.</param>
    public static void WriteFile(string path, IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var writer = new StreamWriter(path, append: false, Utf8WithBom);
        Write(writer, header, rows);
    }

    private static bool IsNumber(string value) =>
        value is "-Inf" or "+Inf" || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
