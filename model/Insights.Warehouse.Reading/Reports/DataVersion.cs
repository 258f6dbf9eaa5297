namespace Insights.Warehouse.Reading.Reports;

/// <summary>The data a report was made from: the newest batch of etl_batch.</summary>
/// <param name="BatchId">The newest batch's id.</param>
/// <param name="LoadedAt">Its load time (UTC), as ISO 8601.</param>
/// <param name="CurrentBatches">Batches currently in the warehouse.</param>
public sealed record DataVersion(string BatchId, string LoadedAt, int CurrentBatches);
