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
    /// <summary>The on-site panel, drawn from the ordinary preliminary judges.</summary>
    public List<JudgeRecord> Onsite { get; } = [];

    /// <summary>The final panel.</summary>
    public List<JudgeRecord> Final { get; } = [];

    /// <summary>The on-site panel's id.</summary>
    public string OnsiteId => TrackCode + "-ONS";

    /// <summary>The final panel's id.</summary>
    public string FinalId => TrackCode + "-FIN";

    /// <summary>Day of the on-site review.</summary>
    public DateOnly OnsiteDate { get; set; }

    /// <summary>Day of the final roadshow.</summary>
    public DateOnly FinalDate { get; set; }

    /// <summary>First day of the awards' publicity.</summary>
    public DateOnly PublicityStart { get; set; }

    /// <summary>The preliminary judges of the track, across its written-review groups.</summary>
    public IEnumerable<JudgeRecord> PreliminaryJudges => WrittenGroups.SelectMany(g => g).Distinct();
}
