using System.Globalization;
using Insights.Analytics.Linking;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Pipeline.Units;

namespace Insights.Analytics.Pipeline.Season;

/// <content>Linking the preliminary and final stages of each track.</content>
public static partial class SeasonAnalysis
{
    /// <summary>Kind of the findings on finalists whose order reverses between the stages beyond both stages' noise.</summary>
    public const string RankReversalKind = "rank_reversal";

    /// <summary>
    /// Per track: the projects that went on link the last stage with scores (the notice's final roadshow, an outside
    /// competition's last round) to the stage before it with scores (the on-site review, else the written one), in the
    /// order the season's stage plan gives. Adds panel_overlap (error), weak_stage_link and rank_reversal (warnings).
    /// </summary>
    private static List<TrackLink> Link(UnitResult[] results, Dictionary<(string Season, string Stage), StagePlan> plans, List<FindingRow> findings)
    {
        var links = new List<TrackLink>();
        foreach (var track in results.GroupBy(r => (r.Key.Season, r.Key.Track)).OrderBy(g => g.Key.Season, StringComparer.Ordinal).ThenBy(g => g.Key.Track, StringComparer.Ordinal))
        {
            int Order(UnitResult r) => plans.TryGetValue((r.Key.Season, r.Key.Stage), out var p) ? p.Order : int.MaxValue;
            var ordered = track.Where(r => r.StageScores.Count > 0).OrderBy(Order).ThenBy(r => r.Key.Stage, StringComparer.Ordinal).ToList();
            if (ordered.Count < 2)
            {
                continue;
            }

            var final = ordered[^1];
            var preliminary = ordered[^2];
            var finalPlan = plans.GetValueOrDefault((final.Key.Season, final.Key.Stage));
            var earlierName = Name(plans, preliminary);
            var laterName = Name(plans, final);
            var preliminaryJudges = ordered.Take(ordered.Count - 1).SelectMany(r => r.JudgeIds);
            var result = StageLinking.Analyze(track.Key.Track, preliminary.StageScores, final.StageScores, preliminaryJudges, final.JudgeIds);
            var (season, code) = track.Key;
            var stage = final.Key.Stage;
            findings.AddRange(result.Findings.Select(f => new FindingRow(
                f.Kind, f.Level, season, f.Kind == LinkingFindingKinds.PanelOverlap ? stage : "", code, "", f.JudgeId ?? "", "", "",
                f.Statistic ?? double.NaN, double.NaN, f.MessageZh, f.MessageEn)));
            findings.AddRange(result.Reversals.Select(r => new FindingRow(
                RankReversalKind, "warning", season, stage, code, "", "", $"{r.AheadInPreliminary};{r.AheadInFinal}", "",
                r.FinalDifference, double.NaN,
                string.Create(CultureInfo.InvariantCulture,
                    $"{code}赛道：项目{r.AheadInPreliminary}在{earlierName.Zh}领先项目{r.AheadInFinal} {r.PreliminaryDifference:0.00}分（噪声界限{r.PreliminaryThreshold:0.00}），{laterName.Zh}却落后{-r.FinalDifference:0.00}分（界限{r.FinalThreshold:0.00}），排序反转超出两阶段评分噪声"),
                string.Create(CultureInfo.InvariantCulture,
                    $"track {code}: project {r.AheadInPreliminary} led {r.AheadInFinal} by {r.PreliminaryDifference:0.00} points in the {earlierName.En} (noise limit {r.PreliminaryThreshold:0.00}) but trails it by {-r.FinalDifference:0.00} in the {laterName.En} (limit {r.FinalThreshold:0.00}): a reversal beyond both stages' noise"))));
            var selection = Selection(preliminary, final, finalPlan);
            var notes = selection is null ? result.Notes : [.. result.Notes, SelectionCorrection.Note];
            links.Add(new TrackLink(
                season, code, preliminary.Key.Stage, result.CommonProjects.Count, result.OverlapJudges,
                result.Correlation?.Rho ?? double.NaN, result.Correlation?.PValue ?? double.NaN,
                result.Reversals.Count, result.PairsCompared, notes, selection)
            {
                Stage = stage,
            });
        }

        return links;
    }

    /// <summary>
    /// The link of the projects that went on, corrected for their selection on the earlier score, and the chance of
    /// the best of those that did not go on to have placed (cleared the score of the lowest awarded project under the
    /// last stage's tiers, when it gives awards; else the lowest score of the stage).
    /// </summary>
    private static SelectionCorrectedLink? Selection(UnitResult preliminary, UnitResult final, StagePlan? plan)
    {
        if (final.StageScores.Count == 0)
        {
            return null;
        }

        var scores = final.StageScores.Select(s => s.Score).ToList();
        var rule = plan?.Decides == "award" ? plan.Rule(final.Key.Track, scores.Count, 0) : null;
        var tiers = rule?.Assign(scores);
        var awarded = tiers is null ? scores : [.. scores.Where((_, i) => tiers[i] >= 0)];
        return awarded.Count == 0 ? null : SelectionCorrection.Analyze(preliminary.StageScores, final.StageScores, awarded.Min());
    }

    private static (string Zh, string En) Name(Dictionary<(string Season, string Stage), StagePlan> plans, UnitResult unit) =>
        plans.TryGetValue((unit.Key.Season, unit.Key.Stage), out var p) ? (p.NameZh, p.NameEn.ToLowerInvariant()) : (unit.Key.Stage, unit.Key.Stage);
}
