namespace Insights.Generator.Season;

/// <summary>
/// The planted problems one step records, in the order it plants them. Ids are given when the steps' logs are joined
/// (<see cref="Number"/>), in step order, so they read PL01, PL02... as planted.
/// </summary>
internal sealed class PlantedLog
{
    private readonly List<PlantedProblem> _problems = [];

    /// <summary>The problems recorded, still without ids.</summary>
    public IReadOnlyList<PlantedProblem> Problems => _problems;

    /// <summary>Records one planted problem.</summary>
    /// <param name="kind">What was planted, e.g. <c>lenient_judge</c>.</param>
    /// <param name="track">Track code, if in one track.</param>
    /// <param name="stage">Stage code, if in one stage.</param>
    /// <param name="judges">Judge ids involved.</param>
    /// <param name="projects">Project ids (or <c>@index</c> references before registration) involved.</param>
    /// <param name="units">Unit credit codes involved.</param>
    /// <param name="detection">The rule id or analytics finding expected to catch it.</param>
    /// <param name="zh">What was planted, in Chinese.</param>
    /// <param name="en">What was planted, in English.</param>
    public void Add(string kind, string track, string stage, string judges, string projects, string units, string detection, string zh, string en) =>
        _problems.Add(new PlantedProblem("", kind, track, stage, judges, projects, units, detection, zh, en));

    /// <summary>Joins the steps' problems in order and numbers them PL01, PL02...</summary>
    /// <param name="steps">Each step's problems, in the order the steps ran.</param>
    /// <returns>The numbered problems.</returns>
    public static IReadOnlyList<PlantedProblem> Number(params IEnumerable<PlantedProblem>[] steps) =>
        [.. steps.SelectMany(s => s).Select((p, i) => p with { Id = "PL" + (i + 1).ToString("00", SeasonText.Inv) })];
}
