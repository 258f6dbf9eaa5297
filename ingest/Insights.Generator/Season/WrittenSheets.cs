using Insights.Generator.Randomness;
using Insights.Model.Reference;
using Insights.Model.Review;

namespace Insights.Generator.Season;

/// <summary>
/// Scores the sheets of a written-review group. Draws only from the stream it is given (the track's stream
/// <c>written</c>) and changes nothing, so a group's sheets can be replayed (<see cref="WrittenTimes.DriftOffsets"/>).
/// </summary>
/// <param name="context">The season.</param>
/// <param name="units">The entrant units.</param>
/// <param name="panels">Track code → its panels.</param>
/// <param name="typoProjects">The projects given a planted typo (none in a clean season).</param>
internal sealed class WrittenSheets(
    SeasonContext context, IReadOnlyList<UnitRecord> units, IReadOnlyDictionary<string, TrackPanels> panels, IReadOnlySet<ProjectRecord> typoProjects)
{
    private readonly StageRubric _rubric = context.Catalog.Rubric(Stage.PreliminaryWritten);

    /// <summary>The season.</summary>
    public SeasonContext Context { get; } = context;

    /// <summary>Track code → its panels.</summary>
    public IReadOnlyDictionary<string, TrackPanels> Panels { get; } = panels;

    /// <summary>
    /// The sheets of one written-review group in file order (project by project, seats as assigned): the marks the
    /// judge meant, the marks keyed and the criterion of a planted typo (−1 if none).
    /// </summary>
    /// <param name="track">The track.</param>
    /// <param name="g">The group's index in the track.</param>
    /// <param name="random">The track's written stream, where the track's previous groups left it.</param>
    /// <param name="drift">The drift judge's severity shift per project when he is in this group; else null.</param>
    /// <returns>The sheets.</returns>
    public List<WrittenSheet> Score(Track track, int g, DeterministicRandom random, IReadOnlyDictionary<ProjectRecord, double>? drift)
    {
        var trackPanels = Panels[track.Code];
        var group = trackPanels.WrittenGroups[g];
        var groupId = trackPanels.WrittenGroupIds[g];
        var load = new int[group.Count];
        // Once each judge's one review day; the times now come from the "written-times" stream, but the draws stay so
        // that every mark of the stream is what it was.
        foreach (var _ in group)
        {
            random.Next(Context.Calendar.WrittenReviewDays);
        }

        var sheets = new List<WrittenSheet>();
        foreach (var project in trackPanels.WrittenProjects[g])
        {
            // A judging plan's seats draw nothing: the track's stream then serves only the marks.
            var assigned = trackPanels.PlannedSeats is { } planned
                ? [.. planned[project].Select(j => group.IndexOf(j)).Order()]
                : AssignJudges(group, load, project, random);
            var marksByJudge = new Dictionary<JudgeRecord, int[]>();
            var typoDone = !typoProjects.Contains(project);
            foreach (var seat in assigned)
            {
                var judge = group[seat];
                int[] marks;
                if (judge.Copies is { } original && marksByJudge.TryGetValue(original, out var copied))
                {
                    marks = new int[copied.Length];
                    JudgeMarks.CopyWithSlips(copied, marks, _rubric, random);
                }
                else
                {
                    var shift = judge.DriftGroup == groupId && drift is not null && drift.TryGetValue(project, out var d) ? d : 0;
                    marks = JudgeMarks.ToStageScale(JudgeMarks.Latent(judge, project, units, random, shift), _rubric, judge, random, heap: true);
                }

                marksByJudge[judge] = marks;
                var recorded = marks;
                var typo = -1;
                // The drift judge stays eligible for a typo: he was an ordinary judge when the typo draws were made.
                if (!typoDone && judge.Quirk is JudgeQuirk.None or JudgeQuirk.Drift && PickTypoCriterion(marks, random) is var c and >= 0)
                {
                    // "9 for 90": the judge meant the mark on the sheet, the keyed value lost a digit.
                    recorded = (int[])marks.Clone();
                    recorded[c] = marks[c] / 10;
                    typoDone = true;
                    typo = c;
                }

                // Once the minute of the judge's review day; kept for the same reason as the day.
                random.Next(13 * 60);
                sheets.Add(new WrittenSheet(judge, project, marks, recorded, typo));
            }
        }

        return sheets;
    }

    private static int PickTypoCriterion(int[] marks, DeterministicRandom random)
    {
        // Only marks of two digits can lose one.
        var candidates = Enumerable.Range(0, marks.Length).Where(c => marks[c] >= 30).ToArray();
        return candidates.Length == 0 ? -1 : candidates[random.Next(candidates.Length)];
    }

    /// <summary>Picks 3-5 judges of the group with the lightest load; the favouritism judge is put on his unit's projects and copying judges sit together.</summary>
    private static List<int> AssignJudges(List<JudgeRecord> group, int[] load, ProjectRecord project, DeterministicRandom random)
    {
        var k = 3 + random.PickWeighted(GenerationProfile.WrittenJudgesPerProject);
        var keys = new double[group.Count];
        for (var i = 0; i < group.Count; i++)
        {
            var forced = group[i].FavouredUnit is { } unit && (project.LeadUnit == unit || project.PartnerUnits.Contains(unit));
            keys[i] = forced ? -1 : load[i] + random.NextDouble();
        }

        var chosen = Enumerable.Range(0, group.Count).OrderBy(i => keys[i]).Take(k).ToList();
        for (var i = 0; i < group.Count; i++)
        {
            // A copier is always seated next to the judge he copies, and after him.
            if (group[i].Copies is { } original)
            {
                var o = group.IndexOf(original);
                var hasOriginal = chosen.Contains(o);
                var hasCopier = chosen.Contains(i);
                if (hasOriginal && !hasCopier)
                {
                    chosen[chosen.FindLastIndex(x => x != o)] = i;
                }
                else if (hasCopier && !hasOriginal)
                {
                    chosen[chosen.FindLastIndex(x => x != i)] = o;
                }
            }
        }

        chosen = [.. chosen.OrderBy(i => group[i].Copies is null ? 0 : 1).ThenBy(i => i)];
        foreach (var seat in chosen)
        {
            load[seat]++;
        }

        return chosen;
    }
}
