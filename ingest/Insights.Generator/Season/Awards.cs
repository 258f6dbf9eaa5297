using Insights.Generator.Output;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// Step 7: each track's prizes by final score (first 10%, second 20%, third 30% of its finalists) and two single awards
/// for the best criterion means among the rest, written as the published award list. Draws nothing.
/// </summary>
internal static class Awards
{
    private static readonly (string Name, int Criterion)[] s_singleAwards = [("最佳数据要素应用奖", 1), ("最具商业价值奖", 3)];

    /// <summary>Gives and writes the prizes.</summary>
    /// <param name="context">The season.</param>
    /// <param name="entrants">The entrant units (the list names each lead unit).</param>
    /// <param name="judges">The panels (their publicity dates).</param>
    /// <param name="finalists">Track code → its finalists.</param>
    /// <param name="final">Their final scores and criterion means.</param>
    /// <returns>The prizes and the file.</returns>
    public static AwardList Generate(SeasonContext context, EntrantUnits entrants, JudgePanels judges, IReadOnlyDictionary<string, List<ProjectRecord>> finalists, FinalResult final)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entrants);
        ArgumentNullException.ThrowIfNull(judges);
        ArgumentNullException.ThrowIfNull(finalists);
        ArgumentNullException.ThrowIfNull(final);
        var catalog = context.Catalog;
        var tiers = catalog.Season.AwardTiers.OrderBy(t => t.Rank).ToList();
        var awards = new List<Award>();
        var rows = new List<object?[]>();
        object?[] Row(Track track, ProjectRecord project, string tier, string single, bool national, DateOnly start, DateOnly end) =>
        [
            track.NameZh, project.Id, entrants.Units[project.LeadUnit].Name, tier, single, Math.Round(final.Scores.GetValueOrDefault(project), 2),
            national ? "是" : "否", $"{start.Year}年{start.Month}月{start.Day}日", $"{end.Year}年{end.Month}月{end.Day}日",
        ];

        foreach (var track in catalog.Tracks)
        {
            var panels = judges.Panels[track.Code];
            var ranked = finalists[track.Code].OrderByDescending(p => final.Scores[p]).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
            var n = ranked.Count;
            var quota = new[] { Math.Max(1, (int)Math.Round(0.1 * n)), (int)Math.Round(0.2 * n), (int)Math.Round(0.3 * n) };
            var start = panels.PublicityStart;
            var end = start.AddDays(catalog.Rules.PublicityDays - 1);
            var position = 0;
            for (var t = 0; t < 3; t++)
            {
                for (var q = 0; q < quota[t] && position < n; q++, position++)
                {
                    var project = ranked[position];
                    // Recommended to the national final: every first prize and the best second prize.
                    var national = t == 0 || (t == 1 && q == 0);
                    rows.Add(Row(track, project, tiers[t].NameZh, "", national, start, end));
                    awards.Add(new Award(project, tiers[t].Code));
                }
            }

            // Single awards go to finalists without a prize, for the best mean on one criterion.
            var rest = ranked.Skip(position).ToList();
            foreach (var (name, criterion) in s_singleAwards)
            {
                var best = rest.OrderByDescending(p => final.CriterionMeans[p][criterion]).ThenBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();
                if (best is not null)
                {
                    rest.Remove(best);
                    rows.Add(Row(track, best, tiers[3].NameZh, name, false, start, end));
                    awards.Add(new Award(best, tiers[3].Code));
                }
            }
        }

        var path = context.OutPath("awards/awards.xlsx");
        var count = XlsxTableWriter.Write(path, "获奖名单",
            ["赛道", "项目编号", "牵头单位", "奖项", "单项奖名称", "决赛得分", "推荐全国总决赛", "公示开始日期", "公示结束日期"], rows);
        return new AwardList(awards, new SeasonFile(path, "xlsx", "", count, "获奖名单 / awards"));
    }
}
