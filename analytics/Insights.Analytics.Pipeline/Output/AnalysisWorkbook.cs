using System.Data;
using System.Globalization;
using MiniExcelLibs;

namespace Insights.Analytics.Pipeline.Output;

/// <summary>
/// The analysis as one XLSX workbook (MiniExcel), a sheet per CSV file with the same header and rows: a cell that is
/// the CSV text of a number (as <see cref="CsvText.Number"/> writes it) is a number cell, every other cell a text cell,
/// so identifiers such as 001 keep their zeros. A text cell is never a formula in XLSX: no defusal is needed.
/// </summary>
public static class AnalysisWorkbook
{
    /// <summary>Writes the workbook.</summary>
    /// <param name="path">The file (written as XLSX whatever its extension).</param>
    /// <param name="sheets">Sheet name, header and rows (the CSV cells), in order.</param>
    public static void Write(string path, IEnumerable<(string Name, IReadOnlyList<string> Header, List<IReadOnlyList<string>> Rows)> sheets)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(sheets);
        var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, header, rows) in sheets)
        {
            // A DataTable keeps the header of a sheet without rows (an empty list of rows would lose it).
            var table = new DataTable(name) { Locale = CultureInfo.InvariantCulture };
            foreach (var column in header)
            {
                table.Columns.Add(column, typeof(object));
            }

            foreach (var row in rows)
            {
                table.Rows.Add([.. row.Select(Value)]);
            }

            workbook[name] = table;
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.SaveAs(workbook, excelType: ExcelType.XLSX);
    }

    /// <summary>The workbook value of a CSV cell: a number when the text is exactly a number's shortest form.</summary>
    /// <param name="cell">The CSV cell.</param>
    public static object? Value(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Length == 0)
        {
            return null;
        }

        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number)
            && number.ToString(CultureInfo.InvariantCulture) == cell
            ? number
            : cell;
    }
}
