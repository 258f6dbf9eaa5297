namespace Insights.Warehouse.Building;

/// <summary>One Parquet file of the lake that a view reads.</summary>
/// <param name="Season">The season of its rows (the lake writes one file per dataset, season and batch).</param>
/// <param name="Path">Its full path.</param>
internal sealed record LakeFile(string Season, string Path);
