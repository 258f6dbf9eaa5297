namespace Insights.Generator.Season;

/// <summary>
/// The panels of one track: written-review groups of the preliminary panel, the on-site panel drawn from it, and the
/// final panel, and the track's dates. Built by <see cref="JudgePool"/> and read-only after it.
/// </summary>
internal sealed class TrackPanels(string trackCode)
{
    /// <summary>The track's code.</summary>
    public string TrackCode { get; } = trackCode;

    /// <summary>The judges of each written-review group.</summary>
    public List<List<JudgeRecord>> WrittenGroups { get; } = [];

    /// <summary>The id of each written-review group, e.g. <c>T06-PRE-01</c>.</summary>
    public List<string> WrittenGroupIds { get; } = [];

    /// <summary>The projects of each written-review group, in registration order.</summary>
    public List<List<ProjectRecord>> WrittenProjects { get; } = [];

    /// <summary>
    /// The judges a judging plan gives each project of the track's written review; null when the generator assigns
    /// them itself (no plan, or the plan does not cover the track).
    /// </summary>
    public Dictionary<ProjectRecord, List<JudgeRecord>>? PlannedSeats { get; set; }

    /// <summary>The on-site panel, drawn from the ordinary preliminary judges (or a judging plan's).</summary>
    public List<JudgeRecord> Onsite { get; } = [];

    /// <summary>The final panel.</summary>
    public List<JudgeRecord> Final { get; } = [];

    /// <summary>The on-site panel's id: <c>T06-ONS</c>, or a judging plan's.</summary>
    public string OnsiteId { get; set; } = trackCode + "-ONS";

    /// <summary>The final panel's id: <c>T06-FIN</c>, or a judging plan's.</summary>
    public string FinalId { get; set; } = trackCode + "-FIN";

    /// <summary>Day of the on-site review.</summary>
    public DateOnly OnsiteDate { get; set; }

    /// <summary>Day of the final roadshow.</summary>
    public DateOnly FinalDate { get; set; }

    /// <summary>First day of the awards' publicity.</summary>
    public DateOnly PublicityStart { get; set; }

    /// <summary>The preliminary judges of the track, across its written-review groups.</summary>
    public IEnumerable<JudgeRecord> PreliminaryJudges => WrittenGroups.SelectMany(g => g).Distinct();
}
