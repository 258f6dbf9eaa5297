namespace Insights.Analytics.Validation;

/// <summary>A simulated season: its scores as the generic long CSV and what was planted.</summary>
/// <param name="Season">The season label.</param>
/// <param name="Csv">The scores (UTF-8 text with header).</param>
/// <param name="Marks">Rows of <paramref name="Csv"/>.</param>
/// <param name="Plants">What was planted (empty for a null season).</param>
/// <param name="Erratic">(stage, track, judge) of the erratic judges: part of the realistic structure, whom only
/// the <c>inconsistent</c> kind may name.</param>
public sealed record SimulatedSeason(string Season, string Csv, int Marks, IReadOnlyList<Plant> Plants, IReadOnlySet<(string Stage, string Track, string Judge)> Erratic);
