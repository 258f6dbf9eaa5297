namespace Insights.Dashboard.Organizer;

/// <summary>Everything one track's fairness report shows.</summary>
/// <param name="Season">The season.</param>
/// <param name="Track">The track.</param>
/// <param name="Analysed">Whether the analyze job has written its tables.</param>
/// <param name="Findings">The track's findings, and the season-wide favouritism findings.</param>
/// <param name="Judges">Judges per stage.</param>
/// <param name="Panels">Panels per stage.</param>
/// <param name="Units">The stages as fitted (graph components).</param>
/// <param name="Link">The stage link, if computed.</param>
/// <param name="Finalists">Finalists with their preliminary and final scores.</param>
/// <param name="Unstable">Projects with under even odds of keeping their tier: before a fresh panel where that is
/// estimated (the award stage), else in the judge resamples.</param>
public sealed record TrackReport(
    string Season, TrackSummary Track, bool Analysed, IReadOnlyList<FindingRow> Findings, IReadOnlyList<JudgeRow> Judges, IReadOnlyList<PanelRow> Panels,
    IReadOnlyList<UnitRow> Units, StageLink? Link, IReadOnlyList<FinalistRow> Finalists, IReadOnlyList<ProjectRow> Unstable)
{
    /// <summary>Projects of deciding stages whose outcome differs by rule, fair score, standardized marks or as published.</summary>
    public IReadOnlyList<DecisionRow> Decisions { get; init; } = [];

    /// <summary>Projects whose score or rank reconsideration (复议) moved.</summary>
    public IReadOnlyList<ReconsiderationRow> Reconsidered { get; init; } = [];

    /// <summary>The stages in the notice's order.</summary>
    public static IReadOnlyList<string> Stages { get; } = ["preliminary_written", "preliminary_onsite", "final_roadshow"];
}
