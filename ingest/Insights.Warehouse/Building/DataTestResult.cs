namespace Insights.Warehouse.Building;

/// <summary>The result of one data test.</summary>
/// <param name="Name">Test name (file name).</param>
/// <param name="Severity"><c>error</c> or <c>warn</c>.</param>
/// <param name="Description">What it checks (first comment line of the file).</param>
/// <param name="Failures">Rows the test returned: 0 means it passed.</param>
/// <param name="Sample">The first failing rows, as text.</param>
public sealed record DataTestResult(string Name, string Severity, string Description, long Failures, IReadOnlyList<string> Sample)
{
    /// <summary>
    /// Seasons whose result of this season-scoped test was carried from the previous build (inputs unchanged, passed
    /// there); 0 when the test ran over every season.
    /// </summary>
    public int SeasonsCarried { get; init; }

    /// <summary>Whether the test passed.</summary>
    public bool Passed => Failures == 0;
}
