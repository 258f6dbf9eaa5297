namespace Insights.Warehouse.Reading.Reports;

/// <summary>Everything one track's fairness report shows: the page, the HTML file and the PDF read this one record.</summary>
/// <param name="Season">The season.</param>
/// <param name="Track">The track, with its findings counted.</param>
/// <param name="Analysed">Whether the analyze job has written its tables for the season.</param>
/// <param name="Findings">The track's findings, and the season-wide favouritism findings.</param>
/// <param name="Judges">Judges per stage.</param>
/// <param name="Panels">Panels per stage.</param>
/// <param name="Units">The stages as fitted (graph components).</param>
/// <param name="Link">The stage link, if computed.</param>
/// <param name="Finalists">The last stage's projects with their score in the stage before.</param>
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

    /// <summary>The season's stages in their order (dim_stage), with their names.</summary>
    public IReadOnlyList<StageName> Stages { get; init; } = [];

    /// <summary>Entries: the registered projects, or for outside data (no registrations) the projects it scored.</summary>
    public int Entries { get; init; }

    /// <summary>Projects scored in the season's last stage.</summary>
    public int FinalistCount { get; init; }

    /// <summary>Awards of the track.</summary>
    public int AwardCount { get; init; }

    /// <summary>The data version the report was read from.</summary>
    public DataVersion Version { get; init; } = new("-", "-", 0);

    /// <summary>The position of a stage in the season's order (unknown stages last).</summary>
    /// <param name="stage">The stage code.</param>
    /// <returns>0-based order.</returns>
    public int StageOrder(string? stage) => Stages.ToList().FindIndex(s => s.Code == stage) is var i and >= 0 ? i : Stages.Count;

    /// <summary>A stage's name in a language (the code when the season does not name it).</summary>
    /// <param name="stage">The stage code.</param>
    /// <param name="zh">Chinese.</param>
    /// <returns>The name.</returns>
    public string StageLabel(string? stage, bool zh) => stage is null ? "" : Stages.FirstOrDefault(s => s.Code == stage) is { } s ? (zh ? s.NameZh : s.NameEn) : stage;

    /// <summary>Awards (or places) kept in under half of the resamples or fresh panels.</summary>
    public int UnstableCount => Unstable.Count;
}
