using Insights.Generator.Output;
using Insights.Generator.Randomness;
using Insights.Model.Reference;
using Insights.Model.Review;

namespace Insights.Generator.Season;

internal sealed partial class SeasonGenerator
{
    private const int TyposPlanted = 6;
    private static readonly string[] s_marks = [.. Enumerable.Range(0, 101).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private void GenerateReviews()
    {
        var typoProjects = PickTypoProjects();
        GenerateWrittenReview(typoProjects);
        GenerateOnsiteReview();
        GenerateFinalRoadshow();
    }

    private HashSet<ProjectRecord> PickTypoProjects()
    {
        var random = _root.Fork("typos");
        var picked = new HashSet<ProjectRecord>();
        // A clean season picks none: every mark is keyed as the judge meant it.
        while (_options.Plant && picked.Count < TyposPlanted)
        {
            picked.Add(_projects[random.Next(_projects.Count)]);
        }

        return picked;
    }

    /// <summary>
    /// One judge's marks for one project, on the 0-100 latent scale before mapping to the stage's scale:
    /// centre + spread × (true criterion level − centre) − severity + favouritism bonus + noise. A drifting judge's
    /// severity on this sheet is severity + <paramref name="severityShift"/>.
    /// </summary>
    private double[] LatentMarks(JudgeRecord judge, ProjectRecord project, DeterministicRandom random, double severityShift = 0)
    {
        var centre = GenerationProfile.MarkCentre;
        var bonus = 0.0;
        if (judge.FavouredUnit is { } unit)
        {
            bonus += project.LeadUnit == unit || project.PartnerUnits.Contains(unit) ? judge.UnitBonus : 0;
            bonus += _units[project.LeadUnit].City == judge.City ? judge.CityBonus : 0;
        }

        var marks = new double[project.Profile.Length];
        var halo = 0.0;
        for (var c = 0; c < marks.Length; c++)
        {
            var level = centre + (GenerationProfile.QualityWeight * project.Quality) + (GenerationProfile.ProfileWeight * project.Profile[c]);
            marks[c] = centre + (judge.Spread * (level - centre)) - (judge.Severity + severityShift) + bonus + random.Normal(0, judge.NoiseSd);
            halo += marks[c] / marks.Length;
        }

        if (judge.Quirk == JudgeQuirk.Halo)
        {
            Array.Fill(marks, halo);
        }

        return marks;
    }

    private static int[] ToStageScale(double[] latent, StageRubric rubric, JudgeRecord judge, DeterministicRandom random, bool heap)
    {
        var marks = new int[latent.Length];
        for (var c = 0; c < latent.Length; c++)
        {
            var criterion = rubric.Criteria[c];
            var x = criterion.MinScore + ((criterion.MaxScore - criterion.MinScore) * latent[c] / 100);
            if (heap && random.Chance(judge.Heaping))
            {
                x = Math.Round(x / 5) * 5;
            }

            marks[c] = (int)Math.Clamp(Math.Round(x, MidpointRounding.AwayFromZero), criterion.MinScore, criterion.MaxScore);
        }

        return marks;
    }

    private static void CopyWithSlips(int[] source, int[] target, StageRubric rubric, DeterministicRandom random)
    {
        for (var c = 0; c < source.Length; c++)
        {
            var slip = random.Chance(0.2) ? (random.Chance(0.5) ? 1 : -1) : 0;
            target[c] = Math.Clamp(source[c] + slip, rubric.Criteria[c].MinScore, rubric.Criteria[c].MaxScore);
        }
    }

    private void GenerateWrittenReview(HashSet<ProjectRecord> typoProjects)
    {
        var rubric = _catalog.Rubric(Stage.PreliminaryWritten);
        var criteria = rubric.Criteria.Select(c => c.NameZh).ToArray();
        using var writer = new CsvTableWriter(OutPath("reviews/preliminary_written_scores.csv"), TextEncodings.Utf8,
            ["赛道", "评审组", "专家编号", "项目编号", "评分项", "得分", "评分时间"]);
        var done = 0;
        foreach (var track in _catalog.Tracks)
        {
            var panels = _panels[track.Code];
            var random = _root.Fork("written", track.Number);
            for (var g = 0; g < panels.WrittenGroups.Count; g++)
            {
                var group = panels.WrittenGroups[g];
                var groupId = panels.WrittenGroupIds[g];
                var drift = DriftOffsets(track, g, typoProjects);
                var sheets = ScoreWrittenGroup(track, g, random, typoProjects, drift);
                var times = ScheduleWrittenSheets(track, g, sheets);
                if (drift is not null && sheets.Any(s => s.Judge.DriftGroup == groupId && !drift.ContainsKey(s.Project)))
                {
                    throw new InvalidOperationException($"drift plan of {groupId} does not match its sheets");
                }

                for (var i = 0; i < sheets.Count; i++)
                {
                    var (judge, project, marks, recorded, typo) = sheets[i];
                    project.WrittenTotalSum += rubric.Total(marks);
                    project.WrittenCount++;
                    if (typo >= 0)
                    {
                        _typos.Add([judge.Id, project.Id, rubric.Criteria[typo].Code, marks[typo].ToString(s_inv), recorded[typo].ToString(s_inv)]);
                        AddPlanted("typo_score", track.Code, "preliminary_written", judge.Id, project.Id, "", "analytics: outlier (residual)",
                            $"评分录入错误：{rubric.Criteria[typo].NameZh} 应为{marks[typo]}分，录为{recorded[typo]}分", $"keying error: {rubric.Criteria[typo].NameEn} meant {marks[typo]}, keyed {recorded[typo]}");
                    }

                    var at = times[i].ToString("yyyy-MM-dd HH:mm", s_inv);
                    for (var k = 0; k < criteria.Length; k++)
                    {
                        writer.Write(track.NameZh, groupId, judge.Id, project.Id, criteria[k], s_marks[recorded[k]], at);
                    }

                    if (i == sheets.Count - 1 || sheets[i + 1].Project != project)
                    {
                        if (++done % 2000 == 0)
                        {
                            Report("preliminary written review / 初赛书面评审", done, _projects.Count);
                        }
                    }
                }
            }
        }

        AddFile(writer.Path, "csv", "utf-8", writer.Rows, "初赛书面评审评分（长表）/ preliminary written review scores (long)");
    }

    /// <summary>
    /// The sheets of one written-review group in file order (project by project, seats as assigned): the marks the
    /// judge meant, the marks keyed and the criterion of a planted typo (−1 if none). Draws only from
    /// <paramref name="random"/>, the track's written stream, and changes nothing, so it can be replayed.
    /// </summary>
    private List<WrittenSheet> ScoreWrittenGroup(Track track, int g, DeterministicRandom random, HashSet<ProjectRecord> typoProjects, Dictionary<ProjectRecord, double>? drift)
    {
        var rubric = _catalog.Rubric(Stage.PreliminaryWritten);
        var panels = _panels[track.Code];
        var group = panels.WrittenGroups[g];
        var groupId = panels.WrittenGroupIds[g];
        var load = new int[group.Count];
        // Once each judge's one review day; the times now come from the "written-times" stream, but the draws stay so
        // that every mark of the stream is what it was.
        foreach (var _ in group)
        {
            random.Next(_calendar.WrittenReviewDays);
        }

        var sheets = new List<WrittenSheet>();
        foreach (var project in _projects.Where(p => p.Track == track && p.WrittenGroup == g))
        {
            var assigned = AssignWrittenJudges(group, load, project, random);
            var marksByJudge = new Dictionary<JudgeRecord, int[]>();
            var typoDone = !typoProjects.Contains(project);
            foreach (var seat in assigned)
            {
                var judge = group[seat];
                int[] marks;
                if (judge.Copies is { } original && marksByJudge.TryGetValue(original, out var copied))
                {
                    marks = new int[copied.Length];
                    CopyWithSlips(copied, marks, rubric, random);
                }
                else
                {
                    var shift = judge.DriftGroup == groupId && drift is not null && drift.TryGetValue(project, out var d) ? d : 0;
                    marks = ToStageScale(LatentMarks(judge, project, random, shift), rubric, judge, random, heap: true);
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
    private static List<int> AssignWrittenJudges(List<JudgeRecord> group, int[] load, ProjectRecord project, DeterministicRandom random)
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
