using System.Globalization;
using Insights.Generator.Output;
using Insights.Generator.Synthesis;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// Step 8: complaints filed against awarded projects during the publicity period, from the stream <c>complaints</c>,
/// with the planted anonymous, late and evidence-less ones.
/// </summary>
internal static class Complaints
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;
    private static readonly string[] s_reasons = ["知识产权侵权", "参赛资格不符", "申报材料造假", "重复参赛", "评审程序不公"];

    /// <summary>Generates and writes the complaints.</summary>
    /// <param name="context">The season.</param>
    /// <param name="judges">The panels (their publicity dates).</param>
    /// <param name="awards">The prizes (complaints target awarded projects).</param>
    /// <returns>The planted problems and the file.</returns>
    public static ComplaintList Generate(SeasonContext context, JudgePanels judges, IReadOnlyList<Award> awards)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(judges);
        ArgumentNullException.ThrowIfNull(awards);
        var (catalog, rules) = (context.Catalog, context.Catalog.Rules);
        var random = context.Root.Fork("complaints");
        var log = new PlantedLog();
        using var writer = new JsonArrayWriter(context.OutPath("complaints/complaints.json"),
            [new("export", "公示期举报"), new("season", catalog.Season.Id), new("source", catalog.Season.Website)]);
        var number = 0;
        // A clean season plants nothing: every complaint is real-name, with evidence and inside the publicity period.
        var plant = context.Options.Plant;
        var anonymousPlanted = false;
        var latePlanted = false;
        var noEvidencePlanted = false;
        foreach (var track in catalog.Tracks)
        {
            var awarded = awards.Where(a => a.Project.Track == track).Select(a => a.Project).ToList();
            var panels = judges.Panels[track.Code];
            var count = random.Poisson(GenerationProfile.ComplaintsPerTrack);
            var last = track == catalog.Tracks[^1];
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
                var offset = !plant || random.Chance(0.88) ? random.Next(rules.PublicityDays) : rules.PublicityDays + random.Next(5);
                if (plant && !latePlanted && last && k == count - 1)
                {
                    offset = rules.PublicityDays + 2;
                }

                var filed = panels.PublicityStart.AddDays(offset);
                var late = offset >= rules.PublicityDays;
                // A real-name complaint has evidence (举报实行实名制，并要提供相应的证据) unless planted without.
                var evidence = !plant || (!anonymous && !random.Chance(GenerationProfile.ComplaintWithoutEvidenceShare));
                if (plant && !noEvidencePlanted && last && k == count - 1)
                {
                    (anonymous, evidence) = (false, false);
                }

                var id = $"JB{catalog.Season.Year}{number:0000}";
                writer.Write(json =>
                {
                    json.WriteString("complaintId", id);
                    json.WriteString("projectId", target.Id);
                    json.WriteString("trackName", track.NameZh);
                    json.WriteString("filedAt", filed.ToDateTime(new TimeOnly(9, 0)).AddMinutes(random.Next(600)).ToString("yyyy-MM-dd HH:mm", s_inv));
                    json.WriteString("reporterType", anonymous ? "匿名" : "实名");
                    json.WriteString("reporterName", anonymous ? "" : PersonNames.Next(random));
                    json.WriteString("reporterPhone", anonymous ? "" : PhoneNumbers.ForIndex(2_000_000_000L + number, context.Options.Seed));
                    json.WriteBoolean("hasEvidence", evidence);
                    json.WriteStartArray("evidenceFiles");
                    if (evidence)
                    {
                        json.WriteStringValue($"{id}-证明材料.pdf");
                    }

                    json.WriteEndArray();
                    json.WriteString("reason", random.Pick(s_reasons));
                    json.WriteString("status", "已受理");
                });

                if (anonymous)
                {
                    anonymousPlanted = true;
                    log.Add("anonymous_complaint", track.Code, "publicity", "", target.Id, "", RuleIds.ComplaintRealName,
                        $"举报{id}为匿名举报（按通知无效）", $"complaint {id} is anonymous (invalid under the notice)");
                }

                if (!anonymous && !evidence)
                {
                    noEvidencePlanted = true;
                    log.Add("complaint_without_evidence", track.Code, "publicity", "", target.Id, "", RuleIds.ComplaintRealName,
                        $"实名举报{id}未提供证据（按通知须提供相应证据）", $"real-name complaint {id} comes without evidence (the notice requires evidence)");
                }

                if (late)
                {
                    latePlanted = true;
                    var ended = panels.PublicityStart.AddDays(rules.PublicityDays - 1);
                    log.Add("complaint_outside_publicity", track.Code, "publicity", "", target.Id, "", RuleIds.PublicityDays,
                        $"举报{id}于{filed:yyyy-MM-dd}提交，公示期已于{ended:yyyy-MM-dd}结束", $"complaint {id} was filed on {filed:yyyy-MM-dd}, after the publicity period ended on {ended:yyyy-MM-dd}");
                }
            }
        }

        return new ComplaintList(log.Problems, new SeasonFile(writer.Path, "json", "utf-8", writer.Rows, "公示期举报 / publicity-period complaints"));
    }
}
