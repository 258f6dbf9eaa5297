using System.Globalization;
using Insights.Model.Files;

namespace Insights.Analytics.Pipeline.Output;

/// <summary>
/// The CSV conventions of the analyze files: numbers in the invariant culture with up to 8 significant digits (G8), NaN
/// as an empty cell; the file is written by the shared <see cref="CsvWriter"/> (UTF-8 with BOM, so Excel reads the
/// Chinese; LF line ends, RFC 4180 quoting, cells a spreadsheet would run as a formula prefixed with an apostrophe).
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

    /// <summary>A text cell: as it is; <see cref="Write"/> defuses and quotes every cell alike.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The cell.</returns>
    public static string Text(string value) => value;

    /// <summary>Writes a header and rows to a file through the shared writer (<see cref="CsvWriter"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="header">Column names.</param>
    /// <param name="rows">Cells per row, numbers already formatted.</param>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        CsvWriter.WriteFile(path, header, rows);
}
