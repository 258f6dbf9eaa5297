namespace Insights.Reports;

/// <summary>A table of the fairness report as shown and as exported: the same formatted cells in both.</summary>
/// <param name="Name">The table's name in <c>/reports/{season}/{track}/{name}.csv</c>.</param>
/// <param name="Columns">Column keys (CSV header; the page shows their translations).</param>
/// <param name="Rows">Formatted cells.</param>
/// <param name="LinkColumn">The column holding finding ids that link to the drill-down, if any.</param>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? LinkColumn = null)
{
    /// <summary>The table as CSV (RFC 4180, LF line ends; text cells starting with = + - @ prefixed with ').</summary>
    /// <returns>CSV text.</returns>
    public string ToCsv()
    {
        var text = new System.Text.StringBuilder();
        text.AppendJoin(',', Columns.Select(Quote)).Append('\n');
        foreach (var row in Rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Quotes a CSV cell and defuses spreadsheet formulas.</summary>
    /// <param name="value">The cell.</param>
    /// <returns>The quoted cell.</returns>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = value.Length > 0 && value[0] is '=' or '+' or '@' || (value.Length > 1 && value[0] == '-' && !char.IsDigit(value[1])) ? "'" + value : value;
        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
