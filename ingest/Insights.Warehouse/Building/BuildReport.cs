namespace Insights.Warehouse.Building;

/// <summary>What a warehouse build did.</summary>
/// <param name="Warehouse">The DuckDB file.</param>
/// <param name="Models">Models run, in order.</param>
/// <param name="Tests">Data test results.</param>
/// <param name="Findings">Rule findings by rule id.</param>
/// <param name="ErrorFindings">Findings of level <c>error</c> (a breach of the notice, not a warning).</param>
/// <param name="Tables">Row count of every mart.</param>
/// <param name="Seconds">Seconds each build step took.</param>
public sealed record BuildReport(
    string Warehouse,
    IReadOnlyList<string> Models,
    IReadOnlyList<DataTestResult> Tests,
    IReadOnlyDictionary<string, long> Findings,
    long ErrorFindings,
    IReadOnlyDictionary<string, long> Tables,
    IReadOnlyDictionary<string, double> Seconds)
{
    /// <summary>Seasons whose analysis (the analytics tables and findings of the old warehouse) was kept, because
    /// what the analysis read of them is unchanged.</summary>
    public IReadOnlyList<string> AnalysisKept { get; init; } = [];

    /// <summary>Seasons analysed in the old warehouse whose input changed (or whose analysis predates the input
    /// fingerprint): their analysis was dropped; analyze them again.</summary>
    public IReadOnlyList<string> AnalysisStale { get; init; } = [];

    /// <summary>Why the old warehouse's analysis could not be compared or copied (then none was kept); null when it could.</summary>
    public string? AnalysisProblem { get; init; }

    /// <summary>Seasons whose season-scoped data tests were not run again: they passed in the old warehouse and
    /// everything they read is unchanged.</summary>
    public IReadOnlyList<string> DataTestsCarried { get; init; } = [];

    /// <summary>Whether every data test of severity error passed.</summary>
    public bool TestsPassed => Tests.All(t => t.Passed || t.Severity != "error");
}
