namespace Insights.Generator.Season;

/// <summary>The output of <see cref="JudgePool"/>: the judges, each track's panels and dates, and the problems planted among them.</summary>
/// <param name="Judges">Every judge, by index.</param>
/// <param name="Panels">Track code → its panels and dates.</param>
/// <param name="Planted">The planted judges (all but the drift judge, listed once his sheets are dated) and dates, in planting order.</param>
internal sealed record JudgePanels(IReadOnlyList<JudgeRecord> Judges, IReadOnlyDictionary<string, TrackPanels> Panels, IReadOnlyList<PlantedProblem> Planted);
