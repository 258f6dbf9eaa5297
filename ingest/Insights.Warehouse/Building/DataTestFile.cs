namespace Insights.Warehouse.Building;

/// <summary>One data test as its file gives it.</summary>
/// <param name="Name">The file name without <c>.sql</c>.</param>
/// <param name="Severity"><c>error</c> or <c>warn</c> (the first line).</param>
/// <param name="Description">What it checks (the second line).</param>
/// <param name="BySeason">Whether a header line says <c>-- scope: season</c>: each row it returns names its season
/// in a column <c>season</c>, and its rows of a season depend on that season's inputs only, so a build may carry the
/// result of a season whose inputs are unchanged.</param>
/// <param name="Sql">The query returning the rows that break the expectation.</param>
internal sealed record DataTestFile(string Name, string Severity, string Description, bool BySeason, string Sql)
{
    /// <summary>The header line that makes a data test season-scoped.</summary>
    public const string SeasonScope = "-- scope: season";

    /// <summary>Reads a data test from its text.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="text">The file's text.</param>
    public static DataTestFile Parse(string name, string text)
    {
        var sql = text.Trim().TrimEnd(';');
        var lines = sql.Split('\n');
        var severity = lines[0].Contains("warn", StringComparison.OrdinalIgnoreCase) ? "warn" : "error";
        var description = lines.Length > 1 && lines[1].StartsWith("--", StringComparison.Ordinal) ? lines[1][2..].Trim() : string.Empty;
        var bySeason = lines.TakeWhile(l => l.StartsWith("--", StringComparison.Ordinal)).Any(l => l.Trim() == SeasonScope);
        return new DataTestFile(name, severity, description, bySeason, sql);
    }
}
