namespace Insights.Reports;

/// <summary>A table of the fairness report as shown and as exported: the same formatted cells in both.</summary>
/// <param name="Name">The table's name in <c>/reports/{season}/{track}/{name}.csv</c>.</param>
/// <param name="Columns">Column keys (CSV header; the page shows their translations).</param>
/// <param name="Rows">Formatted cells.</param>
/// <param name="LinkColumn">The column holding finding ids that link to the drill-down, if any.</param>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? LinkColumn = null)
{
    /// <summary>The table as CSV, by the shared <see cref="Insights.Model.Files.CsvWriter"/> (RFC 4180, LF line ends, formulas defused).</summary>
    /// <returns>CSV text.</returns>
    public string ToCsv() => Insights.Model.Files.CsvWriter.Text(Columns, Rows);

    /// <summary>Quotes a CSV cell and defuses spreadsheet formulas (the shared writer's rule).</summary>
    /// <param name="value">The cell.</param>
    /// <returns>The quoted cell.</returns>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Insights.Model.Files.CsvWriter.Cell(value);
    }
}
