namespace Insights.Ingest.Pipeline;

/// <summary>What happened to one source file.</summary>
/// <param name="File">Path relative to the ingested folder.</param>
/// <param name="Feed">The feed it was read as, or null when it could not be recognised.</param>
/// <param name="Status">
/// <c>landed</c>, <c>unchanged</c> (the same file was landed before), <c>failed</c> (it cannot be read, or is over a
/// reading limit) or <c>skipped</c> (a symbolic link, not followed).
/// </param>
/// <param name="BatchId">The batch it landed as (or had landed as).</param>
/// <param name="RowsRead">Source rows read.</param>
/// <param name="RowsLanded">Source rows landed.</param>
/// <param name="RowsQuarantined">Source rows quarantined.</param>
/// <param name="LakeRows">Lake rows written.</param>
/// <param name="Samples">The first quarantined rows.</param>
/// <param name="Warnings">Warnings, one line each.</param>
/// <param name="ErrorZh">Why the file failed or was skipped, Chinese (safe to print: escaped).</param>
/// <param name="ErrorEn">Why the file failed or was skipped, English (safe to print: escaped).</param>
public sealed record FileOutcome(
    string File,
    string? Feed,
    string Status,
    string? BatchId,
    long RowsRead,
    long RowsLanded,
    long RowsQuarantined,
    long LakeRows,
    IReadOnlyList<QuarantineSample> Samples,
    IReadOnlyList<string> Warnings,
    string? ErrorZh = null,
    string? ErrorEn = null)
{
    /// <summary>Marks (cells) quarantined alone while their row landed (review sheets); not counted in the rows.</summary>
    public long MarksQuarantined { get; init; }

    /// <summary>The first quarantined marks, with row and column.</summary>
    public IReadOnlyList<QuarantineSample> CellSamples { get; init; } = [];

    /// <summary>How the rows were landed: <c>bulk</c> (DuckDB reads and checks the file in SQL) or <c>rows</c> (row by row).</summary>
    public string LandedBy { get; init; } = "rows";

    /// <summary>Seconds of each step of the bulk path (empty on the row path).</summary>
    public IReadOnlyDictionary<string, double> BulkSeconds { get; init; } = new Dictionary<string, double>();

    /// <summary>Why a file the bulk path was meant for went row by row (English, for the log), or null.</summary>
    public string? BulkFallback { get; init; }

    /// <summary>Whether the counts balance: every row read was landed or quarantined.</summary>
    public bool Balanced => RowsRead == RowsLanded + RowsQuarantined;
}
