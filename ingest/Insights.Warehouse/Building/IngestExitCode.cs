using Insights.Ingest.Pipeline;

namespace Insights.Warehouse.Building;

/// <summary>The exit code of an ingest, documented in docs/ingest.md.</summary>
public static class IngestExitCode
{
    /// <summary>Every file landed, nothing quarantined, no error finding, every data test passed.</summary>
    public const int Landed = 0;

    /// <summary>Landed, but rows were quarantined, the rules raised error findings, or an error-level data test failed.</summary>
    public const int LandedWithProblems = 1;

    /// <summary>
    /// Usage error, a file that could not be read at all or is over a reading limit, a symbolic link skipped, or a full
    /// disk.
    /// </summary>
    public const int Unreadable = 2;

    /// <summary>The exit code for an ingest's file outcomes and warehouse build.</summary>
    /// <param name="outcomes">What happened to each file.</param>
    /// <param name="report">The warehouse build.</param>
    public static int Of(IReadOnlyList<FileOutcome> outcomes, BuildReport report) =>
        outcomes.Any(o => o.Status is "failed" or "skipped") ? Unreadable
        : outcomes.Any(o => o.RowsQuarantined > 0 || o.MarksQuarantined > 0) || !report.TestsPassed || report.ErrorFindings > 0 ? LandedWithProblems
        : Landed;
}
