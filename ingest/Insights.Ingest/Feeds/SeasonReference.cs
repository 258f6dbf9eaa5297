using Insights.Model.Reference;
using Insights.Model.Review;

namespace Insights.Ingest.Feeds;

/// <summary>
/// What the ingest knows of one season: its reference data when Insights has it (then track, problem, stage and
/// criterion names must resolve, and scores must be on the rubric's scale), and which projects and judges the lake
/// already holds for it (then scores of unknown projects or judges are quarantined; otherwise only counted).
/// </summary>
public sealed class SeasonReference
{
    private readonly Dictionary<string, string> _tracks = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Stage> _stages = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(Stage, string), RubricCriterion> _criteria = [];
    private readonly Lazy<IReadOnlySet<string>?> _projects;
    private readonly Lazy<IReadOnlySet<string>?> _judges;
    private (string, string, string)? _unregistered;

    /// <summary>Creates the view of a season.</summary>
    /// <param name="id">Season id.</param>
    /// <param name="catalog">Its reference data, or null for outside data.</param>
    /// <param name="knownProjects">Loads the project ids the lake holds for the season (null: no registrations).</param>
    /// <param name="knownJudges">Loads the judge ids the lake holds for the season (null: no judge list).</param>
    public SeasonReference(string id, ReferenceCatalog? catalog, Func<IReadOnlySet<string>?> knownProjects, Func<IReadOnlySet<string>?> knownJudges)
    {
        Id = id;
        Catalog = catalog;
        _projects = new(knownProjects);
        _judges = new(knownJudges);
        if (catalog is null)
        {
            return;
        }

        foreach (var t in catalog.Tracks)
        {
            foreach (var name in new[] { t.Code, t.NameZh, t.NameZh + "赛道", t.NameEn, t.NameEn + " track" })
            {
                _tracks[Key(name)] = t.Code;
            }
        }

        foreach (var s in StageNames.All)
        {
            foreach (var name in StageAliases(s))
            {
                _stages[Key(name)] = s;
            }
        }

        foreach (var rubric in catalog.Rubrics)
        {
            foreach (var c in rubric.Criteria)
            {
                _criteria[(rubric.Stage, Key(c.Code))] = c;
                _criteria[(rubric.Stage, Key(c.NameZh))] = c;
                _criteria[(rubric.Stage, Key(c.NameEn))] = c;
            }
        }
    }

    /// <summary>Season id.</summary>
    public string Id { get; }

    /// <summary>The warning counted for scores of a season without registrations: code, Chinese, English.</summary>
    public (string Code, string Zh, string En) UnregisteredWarning =>
        (_unregistered ??= ("W-SCORE-UNREGISTERED:" + Id, $"赛季 {Id} 没有报名数据：评分中的项目未经核对", $"season {Id} has no registrations: the projects of its scores were not checked"));

    /// <summary>The reference data, or null for a season Insights has none of (outside rating data).</summary>
    public ReferenceCatalog? Catalog { get; }

    /// <summary>Project ids registered for the season in the lake, or null when it holds no registrations.</summary>
    public IReadOnlySet<string>? KnownProjects => _projects.Value;

    /// <summary>Judge ids listed for the season in the lake, or null when it holds no judge list.</summary>
    public IReadOnlySet<string>? KnownJudges => _judges.Value;

    /// <summary>The names a stage goes by in exports.</summary>
    /// <param name="stage">A stage.</param>
    public static IEnumerable<string> StageAliases(Stage stage) => stage switch
    {
        Stage.PreliminaryWritten => [stage.Code(), stage.NameZh(), stage.NameEn(), "书面评审", "初赛书面", "written"],
        Stage.PreliminaryOnsite => [stage.Code(), stage.NameZh(), stage.NameEn(), "现场评审", "初赛现场", "onsite", "on-site"],
        _ => [stage.Code(), stage.NameZh(), stage.NameEn(), "路演答辩", "决赛", "决赛路演", "final", "roadshow"],
    };

    /// <summary>Resolves a track by code, Chinese or English name.</summary>
    /// <param name="text">As written in the file.</param>
    /// <param name="code">The track code.</param>
    public bool TryTrack(string text, out string code) => _tracks.TryGetValue(Key(text), out code!);

    /// <summary>Resolves a stage by code, Chinese or English name.</summary>
    /// <param name="text">As written in the file.</param>
    /// <param name="stage">The stage.</param>
    public bool TryStage(string text, out Stage stage) => _stages.TryGetValue(Key(text), out stage);

    /// <summary>Resolves a criterion of a stage's rubric by code, Chinese or English name.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="text">As written in the file.</param>
    /// <param name="criterion">The criterion.</param>
    public bool TryCriterion(Stage stage, string text, out RubricCriterion criterion) =>
        _criteria.TryGetValue((stage, Key(text)), out criterion!);

    /// <summary>Resolves a problem of a track by its number, code or title.</summary>
    /// <param name="trackCode">The track.</param>
    /// <param name="text">As written in the file.</param>
    /// <param name="code">The problem code.</param>
    public bool TryProblem(string trackCode, string text, out string code)
    {
        code = string.Empty;
        if (Catalog is null)
        {
            return false;
        }

        var key = Key(text);
        foreach (var p in Catalog.ProblemsOf(trackCode))
        {
            if (Key(p.Code) == key || Key(p.TitleZh) == key || Key(p.TitleEn) == key
                || (Insights.Ingest.Reading.ValueParsers.TryParseInt(text, out var n) && n == p.Number))
            {
                code = p.Code;
                return true;
            }
        }

        return false;
    }

    private static string Key(string text) => HeaderAliases.Normalize(text);
}
