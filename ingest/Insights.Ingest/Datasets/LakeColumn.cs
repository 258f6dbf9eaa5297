namespace Insights.Ingest.Datasets;

/// <summary>One column of a lake dataset.</summary>
/// <param name="Name">Column name in the Parquet files and the warehouse (snake_case English).</param>
/// <param name="Kind">Value type.</param>
/// <param name="Description">What the column holds, for the data dictionary.</param>
public sealed record LakeColumn(string Name, ValueKind Kind, string Description);
