namespace Insights.Ingest.Lake;

/// <summary>One Parquet file of a batch.</summary>
/// <param name="Dataset">Dataset name.</param>
/// <param name="Season">Season partition.</param>
/// <param name="Path">Path relative to the lake root, with forward slashes.</param>
/// <param name="Rows">Rows in the file.</param>
public sealed record BatchFile(string Dataset, string Season, string Path, long Rows);
