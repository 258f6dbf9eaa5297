namespace Insights.Ingest.Pipeline;

/// <summary>Progress of the file being landed.</summary>
/// <param name="File">Path relative to the ingested folder.</param>
/// <param name="BytesRead">Bytes of it read so far.</param>
/// <param name="Length">Its size.</param>
/// <param name="Rows">Rows read so far.</param>
public sealed record IngestProgress(string File, long BytesRead, long Length, long Rows);
