namespace Insights.Planning;

/// <summary>Who may judge what: conflicts of interest and expertise, decided the same way for planning and checking.</summary>
public static class Eligibility
{
    /// <summary>True when the judge is conflicted on the project under the rule (same unit, same city, or either).</summary>
    /// <param name="judge">The judge.</param>
    /// <param name="project">The project.</param>
    /// <param name="rule">What makes a conflict.</param>
    public static bool IsConflict(PlanJudge judge, PlanProject project, ConflictRule rule)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(project);
        return (rule != ConflictRule.City && SameUnit(judge, project)) || (rule != ConflictRule.Unit && SameCity(judge.City, project.City));
    }

    /// <summary>True when the judge's tags allow the project's track or problem (a judge without tags may judge any track).</summary>
    /// <param name="judge">The judge.</param>
    /// <param name="project">The project.</param>
    public static bool HasExpertise(PlanJudge judge, PlanProject project)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(project);
        return judge.Tags.Count == 0 || judge.Tags.Contains(project.Track) || (project.Problem.Length > 0 && judge.Tags.Contains(project.Problem));
    }

    /// <summary>True when the judge's tags name the project's problem itself (preferred over a track match).</summary>
    /// <param name="judge">The judge.</param>
    /// <param name="project">The project.</param>
    public static bool MatchesProblem(PlanJudge judge, PlanProject project)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(project);
        return project.Problem.Length > 0 && judge.Tags.Contains(project.Problem);
    }

    /// <summary>True when the judge may serve the track at all (a tag naming the track or, through <paramref name="problemTrack"/>, one of its problems).</summary>
    /// <param name="judge">The judge.</param>
    /// <param name="track">The track code.</param>
    /// <param name="problemTrack">Problem code → its track code.</param>
    public static bool ServesTrack(PlanJudge judge, string track, IReadOnlyDictionary<string, string> problemTrack)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(problemTrack);
        return judge.Tags.Count == 0 || judge.Tags.Contains(track) || judge.Tags.Any(t => problemTrack.TryGetValue(t, out var tr) && tr == track);
    }

    /// <summary>Problem code → its track, from the projects registered with it (the first project's track when they disagree).</summary>
    /// <param name="projects">The projects.</param>
    public static IReadOnlyDictionary<string, string> ProblemTracks(IEnumerable<PlanProject> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in projects.Where(p => p.Problem.Length > 0))
        {
            map.TryAdd(p.Problem, p.Track);
        }

        return map;
    }

    private static bool SameUnit(PlanJudge judge, PlanProject project)
    {
        var unit = Normalise(judge.Unit);
        return unit.Length > 0 && project.Units.Any(u => Normalise(u) == unit);
    }

    private static bool SameCity(string a, string b)
    {
        var x = Normalise(a).TrimEnd('市');
        return x.Length > 0 && x == Normalise(b).TrimEnd('市');
    }

    // Full-width spaces and stray blanks are the usual differences between two spellings of one unit in registration data.
    private static string Normalise(string text) => text.Replace('\u3000', ' ').Trim();
}
