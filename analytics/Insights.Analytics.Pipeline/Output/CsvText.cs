using System.Globalization;
using System.Text;

namespace Insights.Analytics.Pipeline.Output;

/// <summary>
/// The CSV conventions of the analyze files: UTF-8 without BOM, LF line ends, RFC 4180 quoting, numbers in the
/// invariant culture with up to 8 significant digits (G8), NaN as an empty cell, and text cells that a spreadsheet
/// would run as a formula (starting with = + - @) prefixed with an apostrophe.
/// </summary>
public static class CsvText
{
    /// <summary>A number cell.</summary>
    /// <param name="value">The value.</param>
    /// <returns>G8 in the invariant culture, or empty for NaN.</returns>
    public static string Number(double value) =>
        double.IsNaN(value) ? "" : double.IsPositiveInfinity(value) ? "Inf" : double.IsNegativeInfinity(value) ? "-Inf" : value.ToString("G8", CultureInfo.InvariantCulture);

    /// <summary>A count cell.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The invariant text.</returns>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text cell, quoted where needed and defused against formula injection.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The cell.</returns>
    public static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Writes a header and rows to a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="header">Column names.</param>
    /// <param name="rows">Cells per row, already formatted.</param>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', header));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', row));
        }
    }
}
