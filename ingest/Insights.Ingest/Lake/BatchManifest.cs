namespace Insights.Ingest.Lake;

/// <summary>
/// The commit record of one landed batch (one source file), written last: a batch is visible to readers only once
/// its manifest exists in <c>LAKE/_manifests/</c>.
/// </summary>
/// <param name="BatchId">Batch id: feed and the first 16 hex digits of the source's SHA-256 (so re-landing the same file is a no-op).</param>
/// <param name="Sequence">Commit order in the lake (1, 2, ...): the latest batch of a feed and season is current.</param>
/// <param name="Feed">Feed id.</param>
/// <param name="SupersedeKey">What a later batch of the same key and season replaces.</param>
/// <param name="Dataset">The dataset its rows land in.</param>
/// <param name="SourceFile">Source path relative to the ingested folder.</param>
/// <param name="SourceSha256">SHA-256 of the source file.</param>
/// <param name="SourceBytes">Size of the source file.</param>
/// <param name="Format">csv, xlsx or json.</param>
/// <param name="Encoding">Text encoding detected or forced.</param>
/// <param name="Seasons">The seasons its rows belong to.</param>
/// <param name="Files">The Parquet files of the batch.</param>
/// <param name="RowsRead">Source rows read.</param>
/// <param name="RowsLanded">Source rows landed.</param>
/// <param name="RowsQuarantined">Source rows quarantined.</param>
/// <param name="LakeRows">Lake rows written (a wide score sheet row gives one per criterion).</param>
/// <param name="Warnings">Warnings (counts and messages) that did not stop a row.</param>
/// <param name="LoadedAt">When the batch was committed (UTC).</param>
public sealed record BatchManifest(
    string BatchId,
    long Sequence,
    string Feed,
    string SupersedeKey,
    string Dataset,
    string SourceFile,
    string SourceSha256,
    long SourceBytes,
    string Format,
    string? Encoding,
    IReadOnlyList<string> Seasons,
    IReadOnlyList<BatchFile> Files,
    long RowsRead,
    long RowsLanded,
    long RowsQuarantined,
    long LakeRows,
    IReadOnlyList<string> Warnings,
    DateTime LoadedAt)
{
    /// <summary>Marks (cells) quarantined alone while their row landed (review sheets); not counted in the rows.</summary>
    public long MarksQuarantined { get; init; }
}
