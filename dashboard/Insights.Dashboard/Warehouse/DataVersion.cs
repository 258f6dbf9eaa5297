namespace Insights.Dashboard.Warehouse;

/// <summary>
/// Which data the pages show: the warehouse file's identity (its last write and length, which change whenever an
/// ingest rebuilds it or an analyze writes into it) and the newest batch and load time it holds.
/// </summary>
/// <param name="Stamp">Last write time (UTC ticks) and length of the file: the cache key of every query.</param>
/// <param name="LatestBatch">The newest current batch, or empty.</param>
/// <param name="LoadedAt">When that batch was loaded, or null.</param>
/// <param name="Analysed">Whether an analyze run has written its results.</param>
public sealed record DataVersion(string Stamp, string LatestBatch, DateTime? LoadedAt, bool Analysed);
