using System.Globalization;
using Insights.Analytics.Severity;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Anomalies;

/// <summary>
/// Outlying single scores: standardized residuals of the fitted severity model,
/// z = (score − β_c − b_project − d_judge) / σ̂, flagged beyond the Bonferroni normal quantile for the unit's n scores.
/// On a rubric whose criteria have different ranges the model is fitted on the common scale of
/// <see cref="CriterionScales"/> and every criterion has its own residual SD σ̂_c, so a typo on a small criterion
/// is measured against that criterion's noise, not against the big criterion's. A judge whose residuals are wider
/// than the panel's is measured against his own spread (<see cref="JudgeFactors"/>): without it, an erratic judge's
/// ordinary marks crossed the limits in one simulated null season of ten (docs/methods/validation.md).
/// </summary>
public static class Outliers
{
    /// <summary>
    /// Flags the scores whose standardized residual lies beyond Φ⁻¹(1 − α / (2n)) in absolute value
    /// (warning at <see cref="OutlierOptions.FamilyWiseAlpha"/>, error at <see cref="OutlierOptions.ErrorAlpha"/>).
    /// </summary>
    /// <param name="ratings">The scores the model was fitted on.</param>
    /// <param name="fit">The fit of <see cref="SeverityModel.Fit"/> on <paramref name="ratings"/>.</param>
    /// <param name="options">Thresholds; <see cref="OutlierOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges, projects and criteria for the evidence text; indices when null.</param>
    /// <param name="scales">The criteria's scales. When their ranges differ, <paramref name="fit"/> must be the fit on
    /// <see cref="CriterionScales.ToCommon(IReadOnlyList{SeverityRating})"/> of <paramref name="ratings"/>, and z uses
    /// per-criterion residual SDs (<see cref="CriterionSigmas"/>); null or equal ranges: one σ̂, as before.</param>
    /// <returns>The flagged scores, largest |z| first; scores and expected values in the criterion's points.</returns>
    /// <exception cref="ArgumentException">Empty ratings, bad options, or an index the fit does not cover.</exception>
    public static IReadOnlyList<ScoreFinding> Detect(
        IReadOnlyList<SeverityRating> ratings, SeverityFit fit, OutlierOptions? options = null, ElementNames? names = null, CriterionScales? scales = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(fit);
        options ??= OutlierOptions.Default;
        names ??= ElementNames.Indices;
        CheckAlpha(options.FamilyWiseAlpha);
        CheckAlpha(options.ErrorAlpha);
        if (ratings.Count == 0)
        {
            throw new ArgumentException("At least one rating is required.", nameof(ratings));
        }

        var warning = Threshold(options.FamilyWiseAlpha, ratings.Count);
        var error = Math.Max(warning, Threshold(options.ErrorAlpha, ratings.Count));
        var mixed = scales is { IsMixed: true };
        var common = mixed ? scales!.ToCommon(ratings) : ratings;
        var sigmas = mixed ? CriterionSigmas(common, fit, warning) : null;
        var pooled = Math.Sqrt(fit.ResidualVariance);
        var judgeFactors = options.JudgeNoise
            ? JudgeFactors(common, fit, sigmas ?? Enumerable.Repeat(pooled, common.Max(r => r.Criterion) + 1).ToArray(), warning, options.MinimumJudgeMarks)
            : null;
        var findings = new List<ScoreFinding>();
        for (var i = 0; i < ratings.Count; i++)
        {
            var r = ratings[i];
            var expected = Expected(fit, common[i]);
            var sigma = (sigmas?[r.Criterion] ?? pooled) * (judgeFactors?[r.Judge] ?? 1);
            var z = sigma > 0 ? (common[i].Score - expected) / sigma : 0;
            if (Math.Abs(z) <= warning)
            {
                continue;
            }

            if (mixed)
            {
                // The evidence speaks the criterion's points.
                expected = scales!.ToPoints(r.Criterion, expected);
            }

            var factor = judgeFactors?[r.Judge] ?? 1;
            var wide = factor > 1
                ? (En: string.Create(CultureInfo.InvariantCulture, $"; this judge's residuals are {factor:0.0} times the panel's, so his own spread is used"),
                    Zh: string.Create(CultureInfo.InvariantCulture, $"；该评委的残差离散为评审组的{factor:0.0}倍，按其自身离散计"))
                : (En: "", Zh: "");
            var level = Math.Abs(z) > error ? AnomalyLevel.Error : AnomalyLevel.Warning;
            var p = 2 * Normal.CDF(0, 1, -Math.Abs(z));
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Score {r.Score:0.##} by judge {names.Judge(r.Judge)} on project {names.Project(r.Project)}, criterion {names.Criterion(r.Criterion, zh: false)} is {z:0.0} residual SDs from the expected {expected:0.0} (limit ±{warning:0.00} for {ratings.Count} scores){wide.En}.");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(r.Judge)}对项目{names.Project(r.Project)}评分项“{names.Criterion(r.Criterion, zh: true)}”的得分{r.Score:0.##}偏离模型预期{expected:0.0}达{z:0.0}个残差标准差（{ratings.Count}个得分的界限±{warning:0.00}）{wide.Zh}。");
            findings.Add(new ScoreFinding(AnomalyKinds.OutlierScore, i, r.Judge, r.Project, r.Criterion, r.Score, expected, z, p, level, en, zh));
        }

        findings.Sort((a, b) => Math.Abs(b.Statistic).CompareTo(Math.Abs(a.Statistic)));
        return findings;
    }

    /// <summary>
    /// Per judge, the smallest error of one mark, as a share of its criterion's range, that <see cref="Detect"/> flags
    /// with the given power: (limit + Φ⁻¹(power)) × σ_c × g_j / R_c for the judge's least sensitive criterion, where
    /// limit is the warning threshold for the unit's n marks, σ_c the criterion's residual SD, g_j the judge's factor
    /// (<see cref="JudgeFactors"/>) and R_c the criterion's range (on the common scale of mixed ranges: the mean range).
    /// A dropped digit moves a two-digit mark by about 90 % of its value, at least half the range on a criterion of
    /// 15 points or more.
    /// </summary>
    /// <param name="ratings">The scores the model was fitted on (in points).</param>
    /// <param name="fit">The fit, as for <see cref="Detect"/>.</param>
    /// <param name="scales">The criteria's scales.</param>
    /// <param name="power">The power, in (0, 1).</param>
    /// <param name="options">Thresholds; <see cref="OutlierOptions.Default"/> when null.</param>
    /// <returns>Per judge index of the fit, the minimum detectable error share (NaN for a judge without marks).</returns>
    /// <exception cref="ArgumentException">Empty ratings or an index the fit does not cover.</exception>
    public static double[] MinimumDetectableShare(
        IReadOnlyList<SeverityRating> ratings, SeverityFit fit, CriterionScales scales, double power, OutlierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(power, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(power, 1);
        options ??= OutlierOptions.Default;
        if (ratings.Count == 0)
        {
            throw new ArgumentException("At least one rating is required.", nameof(ratings));
        }

        var warning = Threshold(options.FamilyWiseAlpha, ratings.Count);
        var common = scales.IsMixed ? scales.ToCommon(ratings) : ratings;
        var pooled = Math.Sqrt(fit.ResidualVariance);
        var criteria = common.Max(r => r.Criterion) + 1;
        var sigmas = scales.IsMixed ? CriterionSigmas(common, fit, warning) : Enumerable.Repeat(pooled, criteria).ToArray();
        var factors = options.JudgeNoise ? JudgeFactors(common, fit, sigmas, warning, options.MinimumJudgeMarks) : null;
        var step = warning + Normal.InvCDF(0, 1, power);
        var shares = Enumerable.Repeat(double.NaN, fit.Judges.Count).ToArray();
        foreach (var r in ratings)
        {
            var range = scales.IsMixed ? scales.MeanRange : scales.Range(r.Criterion);
            var share = range > 0 ? step * sigmas[r.Criterion] * (factors?[r.Judge] ?? 1) / range : double.NaN;
            shares[r.Judge] = double.IsNaN(shares[r.Judge]) ? share : Math.Max(shares[r.Judge], share);
        }

        return shares;
    }

    /// <summary>
    /// Per-criterion residual SDs of a fit: σ̂_c² = f · mean of e_i² over criterion c's marks, e_i = y_i − expected_i,
    /// where f = σ̂² / mean of all e_i² carries REML's degrees-of-freedom correction (so σ̂_c = σ̂ when every criterion
    /// has the same residual spread). Marks whose |e_i| / σ̂_c exceeds <paramref name="limit"/> are left out of their
    /// criterion's mean and the SDs recomputed until the excluded set is stable (at most 10 rounds): a typo
    /// of 70 % of a 10-point criterion would otherwise double that criterion's variance and hide itself.
    /// </summary>
    /// <param name="ratings">The marks on the scale the fit was fitted on.</param>
    /// <param name="fit">The fit.</param>
    /// <param name="limit">The |z| beyond which a mark does not count towards its criterion's SD.</param>
    /// <returns>σ̂_c per criterion index (the pooled σ̂ for a criterion without marks).</returns>
    /// <exception cref="ArgumentException">Empty ratings or an index the fit does not cover.</exception>
    public static double[] CriterionSigmas(IReadOnlyList<SeverityRating> ratings, SeverityFit fit, double limit)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (ratings.Count == 0)
        {
            throw new ArgumentException("At least one rating is required.", nameof(ratings));
        }

        var criteria = ratings.Max(r => r.Criterion) + 1;
        var residuals = ratings.Select(r => r.Score - Expected(fit, r)).ToArray();
        var meanSquare = residuals.Sum(e => e * e) / residuals.Length;
        var factor = meanSquare > 0 ? fit.ResidualVariance / meanSquare : 1;
        var pooled = Math.Sqrt(fit.ResidualVariance);
        var sigmas = Enumerable.Repeat(pooled, criteria).ToArray();
        var excluded = new bool[residuals.Length];
        for (var round = 0; round < 10; round++)
        {
            var sum = new double[criteria];
            var count = new int[criteria];
            for (var i = 0; i < residuals.Length; i++)
            {
                if (!excluded[i])
                {
                    sum[ratings[i].Criterion] += residuals[i] * residuals[i];
                    count[ratings[i].Criterion]++;
                }
            }

            for (var c = 0; c < criteria; c++)
            {
                sigmas[c] = count[c] > 0 ? Math.Sqrt(factor * sum[c] / count[c]) : pooled;
            }

            var changed = false;
            for (var i = 0; i < residuals.Length; i++)
            {
                var sigma = sigmas[ratings[i].Criterion];
                var outside = sigma > 0 && Math.Abs(residuals[i]) / sigma > limit;
                changed |= outside != excluded[i];
                excluded[i] = outside;
            }

            if (!changed)
            {
                break;
            }
        }

        return sigmas;
    }

    /// <summary>
    /// Each judge's residual spread relative to the panel's, floored at 1: g_j² = mean of u_i² over judge j's marks
    /// ÷ mean of u_i² over all marks, u_i = e_i / σ_c(i) the residual in its criterion's SDs, g_j = max(1, g_j).
    /// Marks with |u_i| / g_j beyond <paramref name="limit"/> are left out (iterated to a stable set, at most 10
    /// rounds) so that a typo does not widen its own judge's spread. The floor keeps a steady judge's typo measured
    /// against the panel's noise, never against a spread estimated small by chance.
    /// </summary>
    /// <param name="ratings">The marks on the scale the fit was fitted on.</param>
    /// <param name="fit">The fit.</param>
    /// <param name="sigmas">The residual SD per criterion index (<see cref="CriterionSigmas"/>, or σ̂ for each).</param>
    /// <param name="limit">The |z| beyond which a mark does not count towards the spreads.</param>
    /// <param name="minimumMarks">Marks a judge needs before his factor can exceed 1.</param>
    /// <returns>g_j per judge index of the fit (1 for a judge without enough marks).</returns>
    /// <exception cref="ArgumentException">Empty ratings, a criterion without a σ, or an index the fit does not cover.</exception>
    public static double[] JudgeFactors(IReadOnlyList<SeverityRating> ratings, SeverityFit fit, IReadOnlyList<double> sigmas, double limit, int minimumMarks)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(sigmas);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumMarks);
        if (ratings.Count == 0)
        {
            throw new ArgumentException("At least one rating is required.", nameof(ratings));
        }

        if (ratings.Any(r => r.Criterion >= sigmas.Count))
        {
            throw new ArgumentException("Every criterion needs a residual SD.", nameof(sigmas));
        }

        var u = ratings.Select(r => sigmas[r.Criterion] > 0 ? (r.Score - Expected(fit, r)) / sigmas[r.Criterion] : 0).ToArray();
        var factors = Enumerable.Repeat(1.0, fit.Judges.Count).ToArray();
        var excluded = new bool[u.Length];
        for (var round = 0; round < 10; round++)
        {
            var sum = new double[factors.Length];
            var count = new int[factors.Length];
            double all = 0;
            var allCount = 0;
            for (var i = 0; i < u.Length; i++)
            {
                if (!excluded[i])
                {
                    sum[ratings[i].Judge] += u[i] * u[i];
                    count[ratings[i].Judge]++;
                    all += u[i] * u[i];
                    allCount++;
                }
            }

            var overall = allCount > 0 ? all / allCount : 0;
            for (var j = 0; j < factors.Length; j++)
            {
                factors[j] = count[j] >= minimumMarks && overall > 0 ? Math.Max(1, Math.Sqrt(sum[j] / count[j] / overall)) : 1;
            }

            var changed = false;
            for (var i = 0; i < u.Length; i++)
            {
                var outside = Math.Abs(u[i]) / factors[ratings[i].Judge] > limit;
                changed |= outside != excluded[i];
                excluded[i] = outside;
            }

            if (!changed)
            {
                break;
            }
        }

        return factors;
    }

    /// <summary>
    /// The two-sided Bonferroni threshold for n standardized residuals at family-wise rate α: Φ⁻¹(1 − α / (2n)).
    /// </summary>
    /// <param name="familyWiseAlpha">Family-wise error rate, in (0, 1).</param>
    /// <param name="count">Number of scores, at least 1.</param>
    /// <returns>The |z| threshold.</returns>
    public static double Threshold(double familyWiseAlpha, int count)
    {
        CheckAlpha(familyWiseAlpha);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return -Normal.InvCDF(0, 1, familyWiseAlpha / (2.0 * count));
    }

    /// <summary>
    /// The model's expected score: intercept + criterion contrast + project BLUP + judge BLUP.
    /// </summary>
    /// <param name="fit">The fitted model.</param>
    /// <param name="rating">The score whose judge, project and criterion are used.</param>
    /// <returns>The expected score in score points.</returns>
    /// <exception cref="ArgumentException">An index the fit does not cover.</exception>
    public static double Expected(SeverityFit fit, SeverityRating rating)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (rating.Criterion >= fit.FixedEffects.Count || rating.Judge >= fit.Judges.Count || rating.Project >= fit.Projects.Count
            || rating.Criterion < 0 || rating.Judge < 0 || rating.Project < 0)
        {
            throw new ArgumentException("The rating's indices are not covered by the fit.", nameof(rating));
        }

        var fixedPart = fit.FixedEffects[0].Estimate + (rating.Criterion >= 1 ? fit.FixedEffects[rating.Criterion].Estimate : 0);
        return fixedPart + fit.Projects[rating.Project].ConditionalMode + fit.Judges[rating.Judge].ConditionalMode;
    }

    private static void CheckAlpha(double alpha)
    {
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "A family-wise error rate must lie in (0, 1).");
        }
    }
}
