using Insights.Generator.Output;
using Insights.Generator.Synthesis;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

internal sealed partial class SeasonGenerator
{
    private static readonly (string Name, int Criterion)[] s_singleAwards = [("最佳数据要素应用奖", 1), ("最具商业价值奖", 3)];
    private static readonly string[] s_complaintReasons = ["知识产权侵权", "参赛资格不符", "申报材料造假", "重复参赛", "评审程序不公"];

    private readonly List<(ProjectRecord Project, string Tier)> _awards = [];

    private void GenerateAwardsAndComplaints()
    {
        var tiers = _catalog.Season.AwardTiers.OrderBy(t => t.Rank).ToList();
        var rows = new List<object?[]>();
        foreach (var track in _catalog.Tracks)
        {
            var panels = _panels[track.Code];
            var finalists = _finalists[track.Code].OrderByDescending(p => p.FinalScore).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
            var n = finalists.Count;
            var quota = new[] { Math.Max(1, (int)Math.Round(0.1 * n)), (int)Math.Round(0.2 * n), (int)Math.Round(0.3 * n) };
            var start = panels.PublicityStart;
            var end = start.AddDays(_catalog.Rules.PublicityDays - 1);
            var position = 0;
            var firsts = 0;
            for (var t = 0; t < 3; t++)
            {
                for (var q = 0; q < quota[t] && position < n; q++, position++)
                {
                    var project = finalists[position];
                    // Recommended to the national final: every first prize and the best second prize.
                    var national = t == 0 || (t == 1 && q == 0);
                    firsts += t == 0 ? 1 : 0;
                    rows.Add(AwardRow(track, project, tiers[t].NameZh, "", national, start, end));
                    _awards.Add((project, tiers[t].Code));
                }
            }

            // Single awards go to finalists without a prize, for the best mean on one criterion.
            var rest = finalists.Skip(position).ToList();
            foreach (var (name, criterion) in s_singleAwards)
            {
                var best = rest.OrderByDescending(p => p.FinalCriterionMeans![criterion]).ThenBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();
                if (best is not null)
                {
                    rest.Remove(best);
                    rows.Add(AwardRow(track, best, tiers[3].NameZh, name, false, start, end));
                    _awards.Add((best, tiers[3].Code));
                }
            }
        }

        var path = OutPath("awards/awards.xlsx");
        var count = XlsxTableWriter.Write(path, "获奖名单",
            ["赛道", "项目编号", "牵头单位", "奖项", "单项奖名称", "决赛得分", "推荐全国总决赛", "公示开始日期", "公示结束日期"], rows);
        AddFile(path, "xlsx", "", count, "获奖名单 / awards");
        GenerateComplaints();
    }

    private object?[] AwardRow(Track track, ProjectRecord project, string tier, string single, bool national, DateOnly start, DateOnly end) =>
    [
        track.NameZh, project.Id, _units[project.LeadUnit].Name, tier, single, Math.Round(project.FinalScore ?? 0, 2),
        national ? "是" : "否", $"{start.Year}年{start.Month}月{start.Day}日", $"{end.Year}年{end.Month}月{end.Day}日",
    ];

    private void GenerateComplaints()
    {
        var random = _root.Fork("complaints");
        using var writer = new JsonArrayWriter(OutPath("complaints/complaints.json"),
            [new("export", "公示期举报"), new("season", _catalog.Season.Id), new("source", _catalog.Season.Website)]);
        var number = 0;
        // A clean season plants nothing: every complaint is real-name, with evidence and inside the publicity period.
        var plant = _options.Plant;
        var anonymousPlanted = false;
        var latePlanted = false;
        var noEvidencePlanted = false;
        foreach (var track in _catalog.Tracks)
        {
            var awarded = _awards.Where(a => a.Project.Track == track).Select(a => a.Project).ToList();
            var panels = _panels[track.Code];
            var count = random.Poisson(GenerationProfile.ComplaintsPerTrack);
            var last = track == _catalog.Tracks[^1];
            if (plant && last && (!anonymousPlanted || !latePlanted || !noEvidencePlanted))
            {
                count = Math.Max(count, 2);
            }

            for (var k = 0; k < count; k++)
            {
                number++;
                var target = random.Pick(awarded);
                // In the last track the first complaint is forced anonymous and the last one real-name without
                // evidence (and late) when the season has none yet; count >= 2 keeps the two apart.
                var anonymous = plant && (random.Chance(0.25) || (!anonymousPlanted && last && k == 0));
                var offset = !plant || random.Chance(0.88) ? random.Next(_catalog.Rules.PublicityDays) : _catalog.Rules.PublicityDays + random.Next(5);
                if (plant && !latePlanted && last && k == count - 1)
                {
                    offset = _catalog.Rules.PublicityDays + 2;
                }

                var filed = panels.PublicityStart.AddDays(offset);
                var late = offset >= _catalog.Rules.PublicityDays;
                // A real-name complaint has evidence (举报实行实名制，并要提供相应的证据) unless planted without.
                var evidence = !plant || (!anonymous && !random.Chance(GenerationProfile.ComplaintWithoutEvidenceShare));
                if (plant && !noEvidencePlanted && last && k == count - 1)
                {
                    (anonymous, evidence) = (false, false);
                }

                var id = $"JB{_catalog.Season.Year}{number:0000}";
                writer.Write(json =>
                {
                    json.WriteString("complaintId", id);
                    json.WriteString("projectId", target.Id);
                    json.WriteString("trackName", track.NameZh);
                    json.WriteString("filedAt", filed.ToDateTime(new TimeOnly(9, 0)).AddMinutes(random.Next(600)).ToString("yyyy-MM-dd HH:mm", s_inv));
                    json.WriteString("reporterType", anonymous ? "匿名" : "实名");
                    json.WriteString("reporterName", anonymous ? "" : PersonNames.Next(random));
                    json.WriteString("reporterPhone", anonymous ? "" : PhoneNumbers.ForIndex(2_000_000_000L + number, _options.Seed));
                    json.WriteBoolean("hasEvidence", evidence);
                    json.WriteStartArray("evidenceFiles");
                    if (evidence)
                    {
                        json.WriteStringValue($"{id}-证明材料.pdf");
                    }

                    json.WriteEndArray();
                    json.WriteString("reason", random.Pick(s_complaintReasons));
                    json.WriteString("status", "已受理");
                });

                if (anonymous)
                {
                    anonymousPlanted = true;
                    AddPlanted("anonymous_complaint", track.Code, "publicity", "", target.Id, "", RuleIds.ComplaintRealName,
                        $"举报{id}为匿名举报（按通知无效）", $"complaint {id} is anonymous (invalid under the notice)");
                }

                if (!anonymous && !evidence)
                {
                    noEvidencePlanted = true;
                    AddPlanted("complaint_without_evidence", track.Code, "publicity", "", target.Id, "", RuleIds.ComplaintRealName,
                        $"实名举报{id}未提供证据（按通知须提供相应证据）", $"real-name complaint {id} comes without evidence (the notice requires evidence)");
                }

                if (late)
                {
                    latePlanted = true;
                    AddPlanted("complaint_outside_publicity", track.Code, "publicity", "", target.Id, "", RuleIds.PublicityDays,
                        $"举报{id}于{filed:yyyy-MM-dd}提交，公示期已于{panels.PublicityStart.AddDays(_catalog.Rules.PublicityDays - 1):yyyy-MM-dd}结束", $"complaint {id} was filed on {filed:yyyy-MM-dd}, after the publicity period ended on {panels.PublicityStart.AddDays(_catalog.Rules.PublicityDays - 1):yyyy-MM-dd}");
                }
            }
        }

        AddFile(writer.Path, "json", "utf-8", writer.Rows, "公示期举报 / publicity-period complaints");
    }
}
