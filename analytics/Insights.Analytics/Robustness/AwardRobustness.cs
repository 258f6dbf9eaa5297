using System.Globalization;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Robustness;

/// <summary>
/// How robust a panel's award tiers are to the choice of its judges: the award-margin certificate
/// (<see cref="AwardMargins"/>), a seeded judge bootstrap (Efron and Tibshirani 1993) with the deviations rescaled for
/// the small panel, and the tier changes that severity calibration would make.
/// </summary>
public static partial class AwardRobustness
{
    /// <summary>
    /// Analyses one complete panel. The certificate gives per project the fewest judges whose removal, and the smallest
    /// single mark change, that change its tier; an awarded project is <see cref="RobustnessKinds.AwardUnstable"/> when
    /// removing one judge changes its tier, or when one mark change of at most the residual SD of a mark does. The
    /// bootstrap resamples the panel's J judges with replacement B times, recomputes every project's final score by
    /// the rule's aggregate (a judge drawn twice counts twice), ranks and assigns tiers, and reports per project the
    /// share of resamples in which it keeps its tier and gets any tier. Calibration: each project's score plus the
    /// mean over its judges of their severity times the weight they scored (the severity added to the aggregate, not
    /// to the marks before the trim), so that in a complete panel, where every project has the same judges, every
    /// score moves by the same amount and no tier changes; only a judge who skipped criteria can move a project.
    /// </summary>
    /// <param name="ratings">The panel's marks with dense zero-based indices; the panel must be complete (every
    /// judge scores every project).</param>
    /// <param name="weights">Rubric weight per criterion index.</param>
    /// <param name="rule">Tier counts in rank order and the aggregate (mean or trimmed mean).</param>
    /// <param name="fit">The severity fit for the calibration and the residual SD; fitted to <paramref name="ratings"/>
    /// when null.</param>
    /// <param name="options">Bootstrap settings; <see cref="AwardRobustnessOptions.Default"/> when null.</param>
    /// <param name="names">Names of the panel's judges, projects and criteria for the evidence text; indices when null.</param>
    /// <param name="scales">Bounds of the marks per criterion; the observed range of each criterion's marks when null.</param>
    /// <returns>The per-project stability, the findings, the calibration changes, the fair scores and the certificates.</returns>
    /// <exception cref="ArgumentException">Invalid ratings or weights, an incomplete panel, a negative tier count,
    /// or fewer than one resample.</exception>
    public static AwardRobustnessResult Analyze(
        IReadOnlyList<SeverityRating> ratings,
        IReadOnlyList<double> weights,
        TierRule rule,
        SeverityFit? fit = null,
        AwardRobustnessOptions? options = null,
        ElementNames? names = null,
        IReadOnlyList<CriterionScale>? scales = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(rule.Counts);
        options ??= AwardRobustnessOptions.Default;
        names ??= ElementNames.Indices;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Resamples, nameof(options));
        foreach (var count in rule.Counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(rule));
        }

        var cells = PanelTotals.Cells(ratings, weights, out var judges);
        var projects = cells.Length;
        if (cells.Any(c => c.Count != judges))
        {
            // An incomplete design (each project scored by a few judges of a larger pool) has its own bootstrap and certificate.
            return AnalyzeSparse(ratings, weights, rule, cells, judges, fit, options, names, scales);
        }

        var totals = new double[judges, projects];
        for (var p = 0; p < projects; p++)
        {
            foreach (var (judge, total, _) in cells[p])
            {
                totals[judge, p] = total;
            }
        }

        var (keep, awarded, scores, tiers) = Bootstrap(totals, rule, options.Resamples, options.Seed, options.RescaleDeviations);
        scales ??= ObservedScales(ratings, weights.Count);
        var margins = AwardMargins.Compute(ratings, weights, scales, rule);
        return Assemble(ratings, weights, rule, cells, fit, options, names, keep, awarded, scores, tiers, margins);
    }

    /// <summary>The per-project stability, findings and calibration changes from the bootstrap and the certificates.</summary>
    private static AwardRobustnessResult Assemble(
        IReadOnlyList<SeverityRating> ratings, IReadOnlyList<double> weights, TierRule rule, List<(int Judge, double Total, double Weight)>[] cells,
        SeverityFit? fit, AwardRobustnessOptions options, ElementNames names, double[] keep, double[] awarded, double[] scores, int[] tiers,
        IReadOnlyList<AwardMargin> margins)
    {
        var projects = cells.Length;
        var ranks = PanelTotals.Ranks(scores);
        fit ??= SeverityModel.Fit(ratings);
        var fair = FairScores.Compute(ratings, weights, fit, rule.TrimExtremes);
        var calibrated = CalibratedTiers(cells, fit, scores, tiers, rule);
        var residualSd = Math.Sqrt(fit.ResidualVariance);

        var stability = new ProjectAwardStability[projects];
        var findings = new List<AwardFinding>();
        var changes = new List<ProjectAwardStability>();
        for (var p = 0; p < projects; p++)
        {
            stability[p] = new ProjectAwardStability(p, scores[p], ranks[p], tiers[p], calibrated[p], keep[p], awarded[p]);
            var m = margins[p];
            if (tiers[p] >= 0 && (m.FlipJudges == 1 || m.FlipMarkPoints <= residualSd))
            {
                findings.Add(Finding(m, residualSd, keep[p], names));
            }

            if (calibrated[p] != tiers[p])
            {
                changes.Add(stability[p]);
            }
        }

        return new AwardRobustnessResult(stability, findings, changes, fair, margins, residualSd, options.Resamples, options.Seed);
    }

    /// <summary>
    /// Tiers by the panel's scores plus each project's mean over its judges of severity × weight scored. The shift is
    /// applied after the aggregate: adding the severity to the marks before the trim moves projects through which judge
    /// happens to be trimmed, an artefact. When every project gets the same shift (a complete panel), the tiers are the
    /// panel's (adding one constant cannot reorder, and is not even attempted, so rounding cannot create a tie).
    /// </summary>
    private static int[] CalibratedTiers(List<(int Judge, double Total, double Weight)>[] cells, SeverityFit fit, double[] scores, int[] tiers, TierRule rule)
    {
        var severity = new Dictionary<int, double>();
        foreach (var s in fit.Severities)
        {
            severity[s.Judge] = s.Severity;
        }

        var shift = new double[cells.Length];
        for (var p = 0; p < cells.Length; p++)
        {
            foreach (var (judge, _, weight) in cells[p])
            {
                shift[p] += severity.GetValueOrDefault(judge) * weight;
            }

            shift[p] /= cells[p].Count;
        }

        if (shift.All(s => s.Equals(shift[0])))
        {
            return (int[])tiers.Clone();
        }

        return rule.Assign([.. scores.Select((s, p) => s + shift[p])]);
    }

    private static CriterionScale[] ObservedScales(IReadOnlyList<SeverityRating> ratings, int criteria)
    {
        var scales = new CriterionScale[criteria];
        for (var c = 0; c < criteria; c++)
        {
            var marks = ratings.Where(r => r.Criterion == c).Select(r => r.Score).ToList();
            scales[c] = marks.Count == 0 ? new CriterionScale(0, 0) : new CriterionScale(marks.Min(), marks.Max());
        }

        return scales;
    }

    private static AwardFinding Finding(AwardMargin m, double residualSd, double keep, ElementNames names)
    {
        var p = m.Project;
        var tier = m.Tier + 1;
        var en = new List<string>();
        var zh = new List<string>();
        if (m.FlipJudges == 1)
        {
            var j = names.Judge(m.RemovedJudges[0]);
            en.Add(string.Create(CultureInfo.InvariantCulture, $"without judge {j} alone it gets {TierEn(m.TierWithoutJudges)}"));
            zh.Add(string.Create(CultureInfo.InvariantCulture, $"仅去掉评委{j}即变为{TierZh(m.TierWithoutJudges)}"));
        }

        if (m.FlipMarkPoints <= residualSd)
        {
            var (j, q, c, cZh) = (names.Judge(m.MarkJudge), names.Project(m.MarkProject), names.Criterion(m.MarkCriterion, zh: false), names.Criterion(m.MarkCriterion, zh: true));
            en.Add(string.Create(CultureInfo.InvariantCulture,
                $"one mark changed by {m.FlipMarkPoints:0.##} point(s) (judge {j}, project {q}, criterion {c}: {m.MarkFrom:0.##} → {m.MarkTo:0.##}) gives {TierEn(m.TierAfterMark)}, within the panel's residual SD of {residualSd:0.##}"));
            zh.Add(string.Create(CultureInfo.InvariantCulture,
                $"一个分数改动{m.FlipMarkPoints:0.##}分（评委{j}、项目{q}、评分项“{cZh}”：{m.MarkFrom:0.##} → {m.MarkTo:0.##}）即变为{TierZh(m.TierAfterMark)}，未超过评审组单项残差标准差{residualSd:0.##}"));
        }

        return new AwardFinding(
            RobustnessKinds.AwardUnstable, p, m.Tier, m.FlipJudges, m.FlipMarkPoints, residualSd, keep,
            string.Create(CultureInfo.InvariantCulture, $"project {names.Project(p)} (tier {tier}): {string.Join("; ", en)}; judge bootstrap P(keep tier) {keep:0.00}"),
            string.Create(CultureInfo.InvariantCulture, $"项目{names.Project(p)}（第{tier}档）：{string.Join("；", zh)}；评委重抽样保持该档概率{keep:0.00}"));
    }

    private static string TierEn(int tier) => tier >= 0 ? string.Create(CultureInfo.InvariantCulture, $"tier {tier + 1}") : "no tier";

    private static string TierZh(int tier) => tier >= 0 ? string.Create(CultureInfo.InvariantCulture, $"第{tier + 1}档") : "无奖项";

    /// <summary>
    /// The judge bootstrap on a complete judges × projects matrix of totals.
    /// </summary>
    /// <param name="totals">Weighted total of judge j for project p.</param>
    /// <param name="rule">Tier counts and aggregate.</param>
    /// <param name="resamples">Number of resamples B.</param>
    /// <param name="seed">Seed of <see cref="Random"/> (its seeded algorithm is fixed, so results are reproducible).</param>
    /// <param name="rescale">Resample the deviations from each project's panel mean scaled by √(J/(J − 1)).</param>
    /// <returns>Per project the probabilities of keeping the tier and of any tier, the panel's scores and tiers.</returns>
    internal static (double[] Keep, double[] Awarded, double[] Scores, int[] Tiers) Bootstrap(
        double[,] totals, TierRule rule, int resamples, int seed, bool rescale = false)
    {
        int judges = totals.GetLength(0), projects = totals.GetLength(1);
        var column = new double[judges];
        var scores = new double[projects];
        var centre = new double[projects];
        for (var p = 0; p < projects; p++)
        {
            for (var j = 0; j < judges; j++)
            {
                column[j] = totals[j, p];
                centre[p] += totals[j, p] / judges;
            }

            scores[p] = PanelTotals.Aggregate(column, rule.TrimExtremes);
        }

        // The plug-in (bootstrap) variance of a mean of J draws is (J − 1)/J of the unbiased one (Efron and
        // Tibshirani 1993: the bootstrap SE of a mean is √((n − 1)/n) times the usual one); widening each judge's
        // deviation from the project's mean by √(J/(J − 1)) restores it, and the judge's deviations move together
        // across projects, so a shared harsh judge stays shared.
        var inflate = rescale && judges > 1 ? Math.Sqrt(judges / (judges - 1.0)) : 1.0;

        var tiers = rule.Assign(scores);
        var keep = new double[projects];
        var awarded = new double[projects];
        var random = new Random(seed);
        var draw = new int[judges];
        var replicate = new double[projects];
        for (var b = 0; b < resamples; b++)
        {
            for (var k = 0; k < judges; k++)
            {
                draw[k] = random.Next(judges);
            }

            for (var p = 0; p < projects; p++)
            {
                for (var k = 0; k < judges; k++)
                {
                    column[k] = inflate == 1.0 ? totals[draw[k], p] : centre[p] + (inflate * (totals[draw[k], p] - centre[p]));
                }

                replicate[p] = PanelTotals.Aggregate(column, rule.TrimExtremes);
            }

            var again = rule.Assign(replicate);
            for (var p = 0; p < projects; p++)
            {
                keep[p] += again[p] == tiers[p] ? 1 : 0;
                awarded[p] += again[p] >= 0 ? 1 : 0;
            }
        }

        for (var p = 0; p < projects; p++)
        {
            keep[p] /= resamples;
            awarded[p] /= resamples;
        }

        return (keep, awarded, scores, tiers);
    }
}
