using Insights.Model.Review;

namespace Insights.Model.Reference;

/// <summary>
/// The reference data of one season: the season itself, its rules, tracks, problems, hosting committees,
/// organizing units (the conflict-of-interest list), the province's cities and the scoring rubric.
/// Load it with <see cref="Load(string)"/>; every tool takes the season as a parameter.
/// </summary>
public sealed partial class ReferenceCatalog
{
    /// <summary>The season loaded when none is named.</summary>
    public const string DefaultSeasonId = "2024-JS";

    private readonly Dictionary<string, Track> _tracks;
    private readonly Dictionary<string, Problem> _problems;
    private readonly Dictionary<string, Committee> _committees;
    private readonly Dictionary<Stage, StageRubric> _rubrics;

    private ReferenceCatalog(
        Season season,
        SeasonRules rules,
        IReadOnlyList<Track> tracks,
        IReadOnlyList<Problem> problems,
        IReadOnlyList<Committee> committees,
        IReadOnlyList<OrganizingUnit> organizingUnits,
        IReadOnlyList<City> cities,
        IReadOnlyList<StageRubric> rubrics)
    {
        Season = season;
        Rules = rules;
        Tracks = tracks;
        Problems = problems;
        Committees = committees;
        OrganizingUnits = organizingUnits;
        Cities = cities;
        _tracks = tracks.ToDictionary(t => t.Code, StringComparer.Ordinal);
        _problems = problems.ToDictionary(p => p.Code, StringComparer.Ordinal);
        _committees = committees.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _rubrics = rubrics.ToDictionary(r => r.Stage);
    }

    /// <summary>The season.</summary>
    public Season Season { get; }

    /// <summary>The rules that checks cite, with typed limits and deadlines.</summary>
    public SeasonRules Rules { get; }

    /// <summary>Tracks in the notice's order.</summary>
    public IReadOnlyList<Track> Tracks { get; }

    /// <summary>Problem statements, track by track, in the notice's order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The executive committees.</summary>
    public IReadOnlyList<Committee> Committees { get; }

    /// <summary>Every organizing unit, in the notice's order (one entry per role in which a unit is named).</summary>
    public IReadOnlyList<OrganizingUnit> OrganizingUnits { get; }

    /// <summary>The province's prefecture-level cities.</summary>
    public IReadOnlyList<City> Cities { get; }

    /// <summary>The rubrics of the review stages, in stage order.</summary>
    public IReadOnlyList<StageRubric> Rubrics => [.. StageNames.All.Where(_rubrics.ContainsKey).Select(s => _rubrics[s])];

    /// <summary>The track with this code.</summary>
    /// <param name="code">A track code, e.g. <c>T06</c>.</param>
    /// <exception cref="KeyNotFoundException">No such track in this season.</exception>
    public Track Track(string code) =>
        _tracks.TryGetValue(code, out var track) ? track : throw new KeyNotFoundException($"赛道 {code} 不存在 / no track {code} in season {Season.Id}");

    /// <summary>Whether the season has a track with this code.</summary>
    /// <param name="code">A track code.</param>
    public bool HasTrack(string code) => _tracks.ContainsKey(code);

    /// <summary>The problem with this code.</summary>
    /// <param name="code">A problem code, e.g. <c>T06-P01</c>.</param>
    /// <exception cref="KeyNotFoundException">No such problem in this season.</exception>
    public Problem Problem(string code) =>
        _problems.TryGetValue(code, out var problem) ? problem : throw new KeyNotFoundException($"赛题 {code} 不存在 / no problem {code} in season {Season.Id}");

    /// <summary>Whether the season has a problem with this code.</summary>
    /// <param name="code">A problem code.</param>
    public bool HasProblem(string code) => _problems.ContainsKey(code);

    /// <summary>The problems of one track, in order.</summary>
    /// <param name="trackCode">A track code.</param>
    public IReadOnlyList<Problem> ProblemsOf(string trackCode) => [.. Problems.Where(p => p.TrackCode == trackCode)];

    /// <summary>The committee with this code.</summary>
    /// <param name="code">A committee code, e.g. <c>NJ</c>.</param>
    /// <exception cref="KeyNotFoundException">No such committee in this season.</exception>
    public Committee Committee(string code) =>
        _committees.TryGetValue(code, out var committee) ? committee : throw new KeyNotFoundException($"执委会 {code} 不存在 / no committee {code} in season {Season.Id}");

    /// <summary>The tracks a committee hosts.</summary>
    /// <param name="committeeCode">A committee code.</param>
    public IReadOnlyList<Track> TracksHostedBy(string committeeCode) => [.. Tracks.Where(t => t.CommitteeCode == committeeCode)];

    /// <summary>The rubric of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <exception cref="KeyNotFoundException">The season has no rubric for the stage.</exception>
    public StageRubric Rubric(Stage stage) =>
        _rubrics.TryGetValue(stage, out var rubric) ? rubric : throw new KeyNotFoundException($"阶段 {stage.Code()} 无评分细则 / no rubric for stage {stage.Code()}");
}
