using System.Globalization;
using Insights.Analytics.Linking;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Robustness;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Pipeline.Units;

/// <content>projects.csv: raw and fair scores, ranks, the award bootstrap; margins.csv: the award-margin certificate.</content>
public static partial class UnitAnalysis
{
    private static (List<ProjectRow> Rows, List<StageScore> StageScores, List<FindingRow> Findings, List<string> Calibration, List<MarginRow> Margins, AwardComparison? Comparison) Projects(
        UnitData data, SeverityFit? fit, UnitSettings settings, ElementNames names, List<string> warnings)
    {
        var key = data.Key;
        var projects = data.Projects.Length;
        var totals = JudgeTotals(data);
        // The final roadshow drops the highest and the lowest total (去掉一个最高分和一个最低分); the other stages average.
        // Stage linking compares the scores the rule ranks by, so the final's stage score is the trimmed mean.
        var rule = TierRuleOf(data, settings);
        var trim = rule?.TrimExtremes ?? settings.Plan?.TrimExtremes ?? false;
        var stageScores = new List<StageScore>(projects);
        for (var p = 0; p < projects; p++)
        {
            var (score, se) = TrimmedMean.Estimate([.. totals[p].Values], trim);
            stageScores.Add(new StageScore(data.Projects[p], score, se));
        }

        var raw = new double[projects];
        var fair = new double[projects];
        var rankRaw = new int[projects];
        var rankFair = new int[projects];
        var judges = new int[projects];
        Array.Fill(fair, double.NaN);
        if (fit is not null)
        {
            foreach (var f in FairScores.Compute(data.Ratings, data.CriterionWeight, fit, trim, data.Scales))
            {
                (raw[f.Project], fair[f.Project], rankRaw[f.Project], rankFair[f.Project], judges[f.Project]) = (f.Raw, f.Fair, f.RawRank, f.FairRank, f.Judges);
            }
        }
        else
        {
            for (var p = 0; p < projects; p++)
            {
                raw[p] = stageScores[p].Score;
                judges[p] = totals[p].Count;
            }

            var order = Enumerable.Range(0, projects).OrderByDescending(p => raw[p]).ThenBy(p => p).ToArray();
            for (var r = 0; r < order.Length; r++)
            {
                rankRaw[order[r]] = r + 1;
            }
        }

        var keep = new double[projects];
        Array.Fill(keep, double.NaN);
        var findings = new List<FindingRow>();
        var calibration = new List<string>();
        var margins = new List<MarginRow>();
        var flipJudges = new int[projects];
        var flipPoints = new double[projects];
        Array.Fill(flipPoints, double.NaN);
        if (rule is not null && fit is not null)
        {
            try
            {
                // The bootstrap's calibrated tiers add one severity per judge to every mark: in points equivalent to the
                // per-criterion correction of the fair scores when the criteria's ranges differ.
                var scales = data.CriterionMin.Select((min, c) => new CriterionScale(min, data.CriterionMax[c])).ToArray();
                var result = AwardRobustness.Analyze(data.Ratings, data.CriterionWeight, rule, FairScores.TotalEquivalent(fit, data.CriterionWeight, data.Scales),
                    new AwardRobustnessOptions(settings.Resamples, settings.Seed), names, scales);
                foreach (var p in result.Projects)
                {
                    keep[p.Project] = p.ProbabilityKeepTier;
                }

                foreach (var m in result.Margins)
                {
                    (flipJudges[m.Project], flipPoints[m.Project]) = (m.FlipJudges, m.FlipMarkPoints);
                    margins.Add(Margin(data, m, result.ResidualSd));
                }

                // The statistic is the smallest mark change that flips the tier (points); the evidence says which rule fired.
                // A stage that sends projects on has one "tier": going on. Its findings say so.
                var (zh, en) = settings.Plan?.Decides == "advance"
                    ? (string.Create(CultureInfo.InvariantCulture, $"晋级（第1档 = 前{rule.Counts[0]}名进入下一阶段）："), string.Create(CultureInfo.InvariantCulture, $"going on (tier 1 = the top {rule.Counts[0]} go on to the next stage): "))
                    : ("", "");
                findings.AddRange(result.Findings.Select(f => new FindingRow(
                    f.Kind, "warning", key.Season, key.Stage, key.Track, data.Panels.Length == 1 ? data.Panels[0] : "", "", data.Projects[f.Project], "",
                    f.FlipMarkPoints, double.NaN, zh + f.MessageZh, en + f.MessageEn)));
                calibration.AddRange(result.CalibrationChanges.Select(c => string.Create(CultureInfo.InvariantCulture,
                    $"{data.Projects[c.Project]}: {c.Tier + 1} -> {c.CalibratedTier + 1}")));
            }
            catch (ArgumentException e)
            {
                warnings.Add($"{key}: no award bootstrap ({e.Message}).");
            }
        }

        var rows = Enumerable.Range(0, projects).Select(p => new ProjectRow(
            key.Season, key.Stage, key.Track, data.Projects[p], judges[p], raw[p], fair[p], rankRaw[p], fit is null ? 0 : rankFair[p], keep[p],
            flipJudges[p], flipPoints[p])).ToList();
        var (tiered, comparison) = CompareTiers(data, settings, rule, stageScores, fit is null ? null : fair, rows, findings);
        return (tiered, stageScores, findings, calibration, margins, comparison);
    }

    private static MarginRow Margin(UnitData data, AwardMargin m, double residualSd)
    {
        var key = data.Key;
        var marked = !double.IsNaN(m.FlipMarkPoints);
        return new MarginRow(
            key.Season, key.Stage, key.Track, data.Projects[m.Project], m.Tier + 1, m.FlipJudges,
            string.Join(';', m.RemovedJudges.Select(j => data.Judges[j])), m.TierWithoutJudges + 1, m.MaxRemoved, m.FlipMarkPoints,
            marked ? data.Judges[m.MarkJudge] : "", marked ? data.Projects[m.MarkProject] : "", marked ? data.Criteria[m.MarkCriterion] : "",
            m.MarkFrom, m.MarkTo, m.TierAfterMark + 1, residualSd);
    }

    /// <summary>
    /// The decision the unit's ranking makes, as its stage plan declares it (<see cref="StagePlan.Rule"/>): the notice's
    /// final roadshow gives first, second and third prizes (10 %, at least one; 20 %; 30 % of the finalists, by the
    /// trimmed mean), its on-site review sends on the top F (F = the track's finalists); a rules file declares its own;
    /// outside data with awards but no rules file gets as many per tier as were awarded. None for pooled units.
    /// </summary>
    private static TierRule? TierRuleOf(UnitData data, UnitSettings settings) =>
        settings.Plan?.Rule(data.Key.Track, data.Projects.Length, settings.NextStageProjects);

    /// <summary>
    /// The final roadshow's panel for the fresh-panel model: only when every judge gave every project a total, in
    /// percent of the rubric's total range Σ weight × (max − min); null for other stages and incomplete panels.
    /// </summary>
    private static AwardPanel? AwardPanelOf(UnitData data, UnitSettings settings)
    {
        if (settings.Plan?.Decides != "award" || TierRuleOf(data, settings) is not { } rule)
        {
            return null;
        }

        var range = data.CriterionWeight.Select((w, c) => w * (data.CriterionMax[c] - data.CriterionMin[c])).Sum();
        var totals = JudgeTotals(data);
        if (!(range > 0) || totals.Any(t => t.Count != data.Judges.Length))
        {
            return null;
        }

        var matrix = new double[data.Judges.Length, data.Projects.Length];
        for (var p = 0; p < totals.Length; p++)
        {
            foreach (var (judge, total) in totals[p])
            {
                matrix[judge, p] = 100 * total / range;
            }
        }

        return new AwardPanel(matrix, rule);
    }

    /// <summary>Per project: each judge's weighted total Σ weight × mark.</summary>
    private static Dictionary<int, double>[] JudgeTotals(UnitData data)
    {
        var totals = new Dictionary<int, double>[data.Projects.Length];
        for (var p = 0; p < totals.Length; p++)
        {
            totals[p] = [];
        }

        foreach (var r in data.Ratings)
        {
            totals[r.Project][r.Judge] = totals[r.Project].GetValueOrDefault(r.Judge) + (data.CriterionWeight[r.Criterion] * r.Score);
        }

        return totals;
    }
}
