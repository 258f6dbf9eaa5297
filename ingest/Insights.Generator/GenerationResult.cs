namespace Insights.Generator;

/// <summary>What a generation run wrote.</summary>
/// <param name="ManifestPath">The manifest listing every file with its row count and SHA-256.</param>
/// <param name="Files">Every export file written, with its data rows.</param>
/// <param name="PlantedProblems">Number of planted problems listed in the truth folder.</param>
/// <param name="Projects">Projects generated.</param>
/// <param name="Judges">Judges generated.</param>
public sealed record GenerationResult(string ManifestPath, IReadOnlyList<GeneratedFile> Files, int PlantedProblems, int Projects, int Judges);
