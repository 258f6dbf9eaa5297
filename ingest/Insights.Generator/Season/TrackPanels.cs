namespace Insights.Generator.Season;

/// <summary>The panels of one track: written-review groups of the preliminary panel, the on-site panel drawn from it, and the final panel.</summary>
internal sealed class TrackPanels(string trackCode)
{
    public string TrackCode { get; } = trackCode;
    public List<List<JudgeRecord>> WrittenGroups { get; } = [];
    public List<string> WrittenGroupIds { get; } = [];

    /// <summary>The projects of each written-review group, in registration order.</summary>
    public List<List<ProjectRecord>> WrittenProjects { get; } = [];
    public List<JudgeRecord> Onsite { get; } = [];
    public List<JudgeRecord> Final { get; } = [];
    public string OnsiteId => TrackCode + "-ONS";
    public string FinalId => TrackCode + "-FIN";
    public DateOnly OnsiteDate { get; set; }
    public DateOnly FinalDate { get; set; }
    public DateOnly PublicityStart { get; set; }

    /// <summary>The preliminary judges of the track, across its written-review groups.</summary>
    public IEnumerable<JudgeRecord> PreliminaryJudges => WrittenGroups.SelectMany(g => g).Distinct();
}
