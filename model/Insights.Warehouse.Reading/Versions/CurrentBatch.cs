namespace Insights.Warehouse.Reading.Versions;

/// <summary>The newest current batch of etl_batch: which data the warehouse now shows.</summary>
/// <param name="BatchId">The newest current batch's id, or empty when the warehouse has no current batch.</param>
/// <param name="LoadedAt">When that batch was loaded, or null when there is none.</param>
public sealed record CurrentBatch(string BatchId, DateTime? LoadedAt);
