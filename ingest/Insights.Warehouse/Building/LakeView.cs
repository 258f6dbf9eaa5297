using Insights.Ingest.Datasets;

namespace Insights.Warehouse.Building;

/// <summary>A lake view of the warehouse and the Parquet files it reads.</summary>
/// <param name="Name">The view (<c>lake_score</c>, ...).</param>
/// <param name="Dataset">The lake dataset whose columns it has.</param>
/// <param name="Files">The files, each with the season it holds (one season per file: the lake's layout).</param>
internal sealed record LakeView(string Name, LakeDataset Dataset, IReadOnlyList<LakeFile> Files);
