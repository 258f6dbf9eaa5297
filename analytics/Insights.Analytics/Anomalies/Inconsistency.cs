using System.Globalization;
using Insights.Analytics.Severity;
using Insights.Analytics.Testing;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Anomalies;

/// <summary>
/// Erratic judges (misfit): marks that follow the panel only loosely, either because their scatter around the panel
/// is far larger than the other judges' (residual SD of the <see cref="ScaleUse"/> fit far above the unit's median,
/// the regression counterpart of a FACETS infit/outfit mean-square well above 1), or because they follow the panel
/// with a low slope while their spread is not compressed (a low slope that is noise, not central tendency).
/// </summary>
public static class Inconsistency
{
    /// <summary>
    /// Flags a judge when (a) his residual SD over the unit's median residual SD exceeds
    /// <see cref="InconsistencyOptions.ResidualSdRatio"/> and the one-sided test of ln s² − ln median(s²) with the
    /// cluster-robust SE of ln s² (t on sheets − 1 degrees of freedom) is significant at α / J (Bonferroni over the J
    /// judges assessed, at least three); or (b) his slope passes the central tendency slope test of
    /// <see cref="ScaleUse"/> while his spread ratio is at least <see cref="ScaleUseOptions.SpreadRatioThreshold"/>.
    /// </summary>
    /// <param name="ratings">The unit's scores with dense zero-based indices.</param>
    /// <param name="options">Thresholds; <see cref="InconsistencyOptions.Default"/> when null.</param>
    /// <param name="scaleUse">The scale-use thresholds of test (b); <see cref="ScaleUseOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges, projects and criteria for the evidence text; indices when null.</param>
    /// <returns>One finding of kind <see cref="AnomalyKinds.Inconsistent"/> per flagged judge, in judge order:
    /// <see cref="JudgeFinding.Statistic"/> is the residual SD ratio, <see cref="JudgeFinding.Z"/> the t of the test
    /// that decided ((a) the variance test, (b) the slope test) and <see cref="JudgeFinding.PValue"/> its one-sided p.</returns>
    /// <exception cref="ArgumentException">Bad options or negative indices.</exception>
    public static IReadOnlyList<JudgeFinding> Detect(IReadOnlyList<SeverityRating> ratings, InconsistencyOptions? options = null, ScaleUseOptions? scaleUse = null, ElementNames? names = null)
    {
        options ??= InconsistencyOptions.Default;
        scaleUse ??= ScaleUseOptions.Default;
        names ??= ElementNames.Indices;
        if (!(options.ResidualSdRatio > 1) || !(options.ErrorResidualSdRatio >= options.ResidualSdRatio)
            || !(options.FamilyWiseAlpha > 0 && options.FamilyWiseAlpha < 1))
        {
            throw new ArgumentException("The residual SD ratios must exceed 1 (error ≥ warning) and α lie in (0, 1).", nameof(options));
        }

        var assessed = ScaleUse.Assess(ratings, scaleUse);
        var findings = new List<JudgeFinding>();
        if (assessed.Count < 3)
        {
            return findings;
        }

        var medianVariance = ScaleUse.Median(assessed.Select(s => s.ResidualSd * s.ResidualSd));
        var lowSlopes = ScaleUse.LowSlopes(assessed, scaleUse).Where(l => !(l.Judge.SpreadRatio < scaleUse.SpreadRatioThreshold)).ToDictionary(l => l.Judge.Judge);
        var alpha = options.FamilyWiseAlpha / assessed.Count;
        foreach (var s in assessed)
        {
            var ratio = medianVariance > 0 ? s.ResidualSd / Math.Sqrt(medianVariance) : double.NaN;
            var t = s.LogResidualVarianceSe > 0 ? (2 * Math.Log(ratio)) / s.LogResidualVarianceSe : double.NaN;
            var p = double.IsNaN(t) ? double.NaN : 1 - StudentT.CDF(0, 1, s.Sheets - 1, t);
            var scattered = ratio > options.ResidualSdRatio && p < alpha;
            var lowSlope = lowSlopes.TryGetValue(s.Judge, out var low);
            if (!scattered && !lowSlope)
            {
                continue;
            }

            var level = ratio > options.ErrorResidualSdRatio ? AnomalyLevel.Error : AnomalyLevel.Warning;
            var judge = names.Judge(s.Judge);
            string en, zh;
            if (scattered)
            {
                en = string.Create(CultureInfo.InvariantCulture,
                    $"Judge {judge}'s marks scatter around the other judges' with residual SD {s.ResidualSd:0.00}, {ratio:0.00} times the unit's median (limit {options.ResidualSdRatio:0.00}; {s.Scores} scores on {s.Sheets} projects, t = {t:0.0}): erratic marking.");
                zh = string.Create(CultureInfo.InvariantCulture,
                    $"评委{judge}的打分围绕其他评委打分的残差标准差为{s.ResidualSd:0.00}，为本单元中位数的{ratio:0.00}倍（界限{options.ResidualSdRatio:0.00}；{s.Sheets}个项目{s.Scores}个得分，t = {t:0.0}），评分不一致。");
            }
            else
            {
                (t, p) = (low.T, low.P);
                en = string.Create(CultureInfo.InvariantCulture,
                    $"Judge {judge} follows the other judges' marks with slope {s.Slope:0.00} (relative {low.Relative:0.00}, t = {t:0.0}) but spreads his marks {s.SpreadRatio:0.00} times as widely as they do, with residual SD {ratio:0.00} times the unit's median ({s.Scores} scores on {s.Sheets} projects): erratic marking, not central tendency.");
                zh = string.Create(CultureInfo.InvariantCulture,
                    $"评委{judge}随其他评委打分的斜率为{s.Slope:0.00}（相对{low.Relative:0.00}，t = {t:0.0}），但其打分离散程度为其他评委的{s.SpreadRatio:0.00}倍，残差标准差为本单元中位数的{ratio:0.00}倍（{s.Sheets}个项目{s.Scores}个得分），评分不一致，并非趋中评分。");
            }

            findings.Add(new JudgeFinding(AnomalyKinds.Inconsistent, s.Judge, ratio, t, p, level, en, zh));
        }

        return findings;
    }

    /// <summary>
    /// The residual SD ratio at which each assessed judge would be found erratic (test (a)) with the given power:
    /// ρ* = max(exp((t(1 − α/J) + t(power)) · SE / 2), threshold · exp(t(power) · SE / 2)), SE the cluster-robust SE of
    /// ln s² (a log variance's SE hardly depends on the variance, so the null's SE serves the alternative), t on
    /// sheets − 1 degrees of freedom.
    /// </summary>
    /// <param name="assessed">The unit's judges from <see cref="ScaleUse.Assess"/>.</param>
    /// <param name="options">Thresholds; <see cref="InconsistencyOptions.Default"/> when null.</param>
    /// <param name="power">The power, in (0, 1).</param>
    /// <returns>(judge, ρ*) for every assessed judge, in judge order; empty with fewer than three judges or no
    /// residual spread to compare with.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Power outside (0, 1).</exception>
    public static IReadOnlyList<(int Judge, double Ratio)> MinimumDetectable(IReadOnlyList<JudgeScaleUse> assessed, InconsistencyOptions? options = null, double power = 0.8)
    {
        ArgumentNullException.ThrowIfNull(assessed);
        options ??= InconsistencyOptions.Default;
        if (!(power is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(power), power, "Power must lie in (0, 1).");
        }

        if (assessed.Count < 3 || !(ScaleUse.Median(assessed.Select(s => s.ResidualSd * s.ResidualSd)) > 0))
        {
            return [];
        }

        var alpha = options.FamilyWiseAlpha / assessed.Count;
        return [.. assessed.Select(s =>
        {
            var df = Math.Max(s.Sheets - 1, 1);
            var tPower = StudentTQuantile.Of(df, power);
            var test = Math.Exp((StudentTQuantile.Of(df, 1 - alpha) + tPower) * s.LogResidualVarianceSe / 2);
            return (s.Judge, Math.Max(test, options.ResidualSdRatio * Math.Exp(tPower * s.LogResidualVarianceSe / 2)));
        })];
    }
}
