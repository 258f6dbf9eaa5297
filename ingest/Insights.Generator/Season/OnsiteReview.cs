using System.Globalization;
using Insights.Generator.Output;
using Insights.Model.Review;

namespace Insights.Generator.Season;

/// <summary>
/// Step 5: the preliminary on-site review of each track's short list, from the track's stream <c>onsite</c>, written
/// as a wide table: the short-listed projects' on-site scores and the finalists.
/// </summary>
internal static class OnsiteReview
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    /// <summary>Finalists per track: <see cref="GenerationProfile.FinalistShare"/> of its entries, within the bounds.</summary>
    /// <param name="entries">The track's projects.</param>
    /// <returns>How many go to the final.</returns>
    public static int FinalistCount(int entries) =>
        Math.Clamp((int)Math.Round(entries * GenerationProfile.FinalistShare), GenerationProfile.MinFinalists, GenerationProfile.MaxFinalists);

    /// <summary>Scores and writes the on-site review.</summary>
    /// <param name="context">The season.</param>
    /// <param name="entrants">The entrant units.</param>
    /// <param name="projects">The projects.</param>
    /// <param name="written">Their written scores.</param>
    /// <param name="judges">The judges and panels.</param>
    /// <returns>The scores, the finalists and the file.</returns>
    public static OnsiteResult Score(SeasonContext context, EntrantUnits entrants, IReadOnlyList<ProjectRecord> projects, IReadOnlyDictionary<ProjectRecord, double> written, JudgePanels judges)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entrants);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(judges);
        var rubric = context.Catalog.Rubric(Stage.PreliminaryOnsite);
        var finalists = new Dictionary<string, List<ProjectRecord>>(StringComparer.Ordinal);
        var scores = new Dictionary<ProjectRecord, double>();
        var header = new List<string> { "赛道", "评审组", "专家编号", "项目编号" };
        header.AddRange(rubric.Criteria.Select(c => c.NameZh));
        header.AddRange(["总分", "评审日期"]);
        using var writer = new CsvTableWriter(context.OutPath("reviews/preliminary_onsite_scores.csv"), TextEncodings.Gb18030, header);
        foreach (var track in context.Catalog.Tracks)
        {
            var panels = judges.Panels[track.Code];
            var random = context.Root.Fork("onsite", track.Number);
            var entries = projects.Where(p => p.Track == track).ToList();
            // The short list is taken from raw written-review means, as organizers do, whatever group a project was in.
            var shortList = entries.OrderByDescending(p => written.GetValueOrDefault(p)).ThenBy(p => p.Id, StringComparer.Ordinal)
                .Take(Math.Min(entries.Count, 3 * FinalistCount(entries.Count))).ToList();
            foreach (var project in shortList)
            {
                var totals = new List<double>();
                foreach (var judge in panels.Onsite)
                {
                    var marks = JudgeMarks.ToStageScale(JudgeMarks.Latent(judge, project, entrants.Units, random), rubric, judge, random, heap: false);
                    var total = rubric.Total(marks);
                    totals.Add(total);
                    var row = new List<string> { track.NameZh, panels.OnsiteId, judge.Id, project.Id };
                    row.AddRange(marks.Select(m => JudgeMarks.Text[m]));
                    row.Add(total.ToString("0.0", s_inv));
                    row.Add(panels.OnsiteDate.ToString("yyyy/M/d", s_inv));
                    writer.Write([.. row]);
                }

                scores[project] = totals.Average();
            }

            finalists[track.Code] = [.. shortList.OrderByDescending(p => scores[p]).ThenBy(p => p.Id, StringComparer.Ordinal).Take(FinalistCount(entries.Count))];
        }

        return new OnsiteResult(scores, finalists, new SeasonFile(writer.Path, "csv", "gb18030", writer.Rows, "初赛现场评审评分（宽表）/ preliminary on-site review scores (wide)"));
    }
}
