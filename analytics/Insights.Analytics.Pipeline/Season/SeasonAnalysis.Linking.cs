using System.Globalization;
using Insights.Analytics.Linking;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Pipeline.Units;
using Insights.Analytics.Robustness;

namespace Insights.Analytics.Pipeline.Season;

/// <content>Linking the preliminary and final stages of each track.</content>
public static partial class SeasonAnalysis
{
    /// <summary>Kind of the findings on finalists whose order reverses between the stages beyond both stages' noise.</summary>
    public const string RankReversalKind = "rank_reversal";

    /// <summary>
    /// Per track of a notice season: the finalists link the preliminary (the on-site review, else the written one)
    /// and the final roadshow. Adds panel_overlap (error), weak_stage_link and rank_reversal (warnings) findings.
    /// </summary>
    private static List<TrackLink> Link(UnitResult[] results, List<FindingRow> findings)
    {
        var links = new List<TrackLink>();
        foreach (var track in results.GroupBy(r => (r.Key.Season, r.Key.Track)).OrderBy(g => g.Key.Season, StringComparer.Ordinal).ThenBy(g => g.Key.Track, StringComparer.Ordinal))
        {
            var byStage = track.ToDictionary(r => r.Key.Stage, StringComparer.Ordinal);
            if (!byStage.TryGetValue(NoticeStages.Final, out var final))
            {
                continue;
            }

            var preliminary = byStage.GetValueOrDefault(NoticeStages.Onsite) ?? byStage.GetValueOrDefault(NoticeStages.Written);
            if (preliminary is null)
            {
                continue;
            }

            var preliminaryJudges = track.Where(r => NoticeStages.IsPreliminary(r.Key.Stage)).SelectMany(r => r.JudgeIds);
            var result = StageLinking.Analyze(track.Key.Track, preliminary.StageScores, final.StageScores, preliminaryJudges, final.JudgeIds);
            var (season, code) = track.Key;
            findings.AddRange(result.Findings.Select(f => new FindingRow(
                f.Kind, f.Level, season, f.Kind == LinkingFindingKinds.PanelOverlap ? NoticeStages.Final : "", code, "", f.JudgeId ?? "", "", "",
                f.Statistic ?? double.NaN, double.NaN, f.MessageZh, f.MessageEn)));
            findings.AddRange(result.Reversals.Select(r => new FindingRow(
                RankReversalKind, "warning", season, NoticeStages.Final, code, "", "", $"{r.AheadInPreliminary};{r.AheadInFinal}", "",
                r.FinalDifference, double.NaN,
                string.Create(CultureInfo.InvariantCulture,
                    $"{code}赛道：项目{r.AheadInPreliminary}在{StageZh(preliminary.Key.Stage)}领先项目{r.AheadInFinal} {r.PreliminaryDifference:0.00}分（噪声界限{r.PreliminaryThreshold:0.00}），决赛路演却落后{-r.FinalDifference:0.00}分（界限{r.FinalThreshold:0.00}），排序反转超出两阶段评分噪声"),
                string.Create(CultureInfo.InvariantCulture,
                    $"track {code}: project {r.AheadInPreliminary} led {r.AheadInFinal} by {r.PreliminaryDifference:0.00} points in the {preliminary.Key.Stage} (noise limit {r.PreliminaryThreshold:0.00}) but trails it by {-r.FinalDifference:0.00} in the final roadshow (limit {r.FinalThreshold:0.00}): a reversal beyond both stages' noise"))));
            var selection = Selection(preliminary, final);
            var notes = selection is null ? result.Notes : [.. result.Notes, SelectionCorrection.Note];
            links.Add(new TrackLink(
                season, code, preliminary.Key.Stage, result.CommonProjects.Count, result.OverlapJudges,
                result.Correlation?.Rho ?? double.NaN, result.Correlation?.PValue ?? double.NaN,
                result.Reversals.Count, result.PairsCompared, notes, selection));
        }

        return links;
    }

    /// <summary>
    /// The finalists' link corrected for their selection on the preliminary score, and the chance of the best
    /// non-finalists to have placed (cleared the final score of the lowest awarded finalist under the notice's tiers).
    /// </summary>
    private static SelectionCorrectedLink? Selection(UnitResult preliminary, UnitResult final)
    {
        if (final.StageScores.Count == 0)
        {
            return null;
        }

        var tiers = TierRule.ForFinalists(final.StageScores.Count).Assign([.. final.StageScores.Select(s => s.Score)]);
        var awarded = final.StageScores.Where((_, i) => tiers[i] >= 0).Select(s => s.Score).ToList();
        return awarded.Count == 0 ? null : SelectionCorrection.Analyze(preliminary.StageScores, final.StageScores, awarded.Min());
    }

    private static string StageZh(string stage) => stage == NoticeStages.Onsite ? "初赛现场评审" : "初赛书面评审";
}
