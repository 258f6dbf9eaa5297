using System.Globalization;
using Insights.Analytics.Severity;
using Insights.Analytics.Testing;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Anomalies;

/// <summary>
/// Central tendency: for each judge, the slope of their marks on the other judges' mean mark for the same project
/// and criterion, both centred within each criterion over the judge's projects (regression through the centred
/// data). A judge who uses the scale as the panel does has slope near 1; one who uses only its middle, near 0.
/// Because the other judges' mean is itself noisy, every slope of a unit is attenuated towards 0 by about the
/// same factor (errors in variables), so each judge is compared with the median slope of the unit's judges. A low
/// slope is central tendency only when the judge's marks are also compressed (<see cref="JudgeScaleUse.SpreadRatio"/>);
/// a low slope with a normal spread is noise (<see cref="Inconsistency"/>).
/// </summary>
public static class ScaleUse
{
    /// <summary>
    /// Flags a judge when the relative slope b / median(b) is below <see cref="ScaleUseOptions.SlopeThreshold"/>, the
    /// one-sided test of b &lt; median(b), t = (b − median(b)) / SE(b) with SE the larger of the cluster-robust and the least-squares SE, on sheets − 1
    /// degrees of freedom, is significant at the Bonferroni level α / J (J = judges assessed, at least three), and
    /// the spread ratio is below <see cref="ScaleUseOptions.SpreadRatioThreshold"/>.
    /// </summary>
    /// <param name="ratings">The unit's scores with dense zero-based indices.</param>
    /// <param name="options">Thresholds; <see cref="ScaleUseOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges, projects and criteria for the evidence text; indices when null.</param>
    /// <returns>One finding per flagged judge, in judge order. <see cref="JudgeFinding.Statistic"/> is b / median(b),
    /// <see cref="JudgeFinding.Z"/> the test t and <see cref="JudgeFinding.PValue"/> its one-sided p-value.</returns>
    /// <exception cref="ArgumentException">Bad options or negative indices.</exception>
    public static IReadOnlyList<JudgeFinding> Detect(IReadOnlyList<SeverityRating> ratings, ScaleUseOptions? options = null, ElementNames? names = null)
    {
        options ??= ScaleUseOptions.Default;
        names ??= ElementNames.Indices;
        var findings = new List<JudgeFinding>();
        foreach (var (s, relative, t, p) in LowSlopes(Assess(ratings, options), options))
        {
            if (!(s.SpreadRatio < options.SpreadRatioThreshold))
            {
                continue;
            }

            var level = relative < options.SlopeThreshold / 2 ? AnomalyLevel.Error : AnomalyLevel.Warning;
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Judge {names.Judge(s.Judge)} follows the other judges' marks with slope {s.Slope:0.00} against the unit's median {s.Slope / relative:0.00} (relative {relative:0.00}, limit {options.SlopeThreshold:0.00}; {s.Scores} scores on {s.Sheets} projects, t = {t:0.0}) and spreads his marks {s.SpreadRatio:0.00} times as widely as they do (limit {options.SpreadRatioThreshold:0.00}): central tendency.");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(s.Judge)}随其他评委打分的斜率为{s.Slope:0.00}，本单元中位数为{s.Slope / relative:0.00}（相对{relative:0.00}，界限{options.SlopeThreshold:0.00}；{s.Sheets}个项目{s.Scores}个得分，t = {t:0.0}），其打分离散程度为其他评委的{s.SpreadRatio:0.00}倍（界限{options.SpreadRatioThreshold:0.00}），趋中评分。");
            findings.Add(new JudgeFinding(AnomalyKinds.CentralTendency, s.Judge, relative, t, p, level, en, zh));
        }

        return findings;
    }

    /// <summary>
    /// The judges whose relative slope is below <see cref="ScaleUseOptions.SlopeThreshold"/> with a significant
    /// one-sided t test (Bonferroni over the assessed judges), whatever their spread.
    /// </summary>
    /// <param name="assessed">The unit's judges from <see cref="Assess"/>.</param>
    /// <param name="options">Thresholds.</param>
    /// <returns>(judge, relative slope, t, one-sided p) in judge order; empty with fewer than three judges or a
    /// non-positive median slope.</returns>
    internal static IEnumerable<(JudgeScaleUse Judge, double Relative, double T, double P)> LowSlopes(IReadOnlyList<JudgeScaleUse> assessed, ScaleUseOptions options)
    {
        if (Reference(assessed) is not var (median, medianVariance))
        {
            yield break;
        }

        var alpha = options.FamilyWiseAlpha / assessed.Count;
        foreach (var s in assessed)
        {
            var relative = s.Slope / median;
            var se = TestError(s, medianVariance);
            var t = se > 0 ? (s.Slope - median) / se : (s.Slope < median ? double.NegativeInfinity : 0);
            var p = StudentT.CDF(0, 1, s.Sheets - 1, t);
            if (relative < options.SlopeThreshold && p < alpha)
            {
                yield return (s, relative, t, p);
            }
        }
    }

    /// <summary>
    /// The relative slope at which each assessed judge would be flagged with the given power: the largest true
    /// b / median(b) such that both the slope test and the practical threshold are passed with that probability,
    /// r* = min(1 − (t(1 − α/J) + t(power)) · SE / median, threshold − t(power) · SE / median), t on sheets − 1 degrees
    /// of freedom and SE the test's (the judge's and the median's). The SE is the one observed, which contains the
    /// judge's own noise uncompressed: a judge who compresses his whole mark has a smaller SE, so r* is conservative.
    /// The spread condition is not part of r*: compression to r also compresses the spread ratio to about r, below
    /// <see cref="ScaleUseOptions.SpreadRatioThreshold"/> for any r* below it.
    /// </summary>
    /// <param name="assessed">The unit's judges from <see cref="Assess"/>.</param>
    /// <param name="options">Thresholds; <see cref="ScaleUseOptions.Default"/> when null.</param>
    /// <param name="power">The power, in (0, 1).</param>
    /// <returns>(judge, r*) for every assessed judge, in judge order; empty when the unit cannot be tested (fewer
    /// than three judges or a non-positive median slope). r* ≤ 0 means not even a flat marker would be found.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Power outside (0, 1).</exception>
    public static IReadOnlyList<(int Judge, double RelativeSlope)> MinimumDetectable(IReadOnlyList<JudgeScaleUse> assessed, ScaleUseOptions? options = null, double power = 0.8)
    {
        ArgumentNullException.ThrowIfNull(assessed);
        options ??= ScaleUseOptions.Default;
        if (!(power is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(power), power, "Power must lie in (0, 1).");
        }

        if (Reference(assessed) is not var (median, medianVariance))
        {
            return [];
        }

        var alpha = options.FamilyWiseAlpha / assessed.Count;
        return [.. assessed.Select(s =>
        {
            var df = Math.Max(s.Sheets - 1, 1);
            var se = TestError(s, medianVariance) / median;
            var tPower = StudentTQuantile.Of(df, power);
            var r = Math.Min(1 - ((StudentTQuantile.Of(df, 1 - alpha) + tPower) * se), options.SlopeThreshold - (tPower * se));
            return (s.Judge, r);
        })];
    }

    /// <summary>The unit's median slope and the variance of that median; null with fewer than three judges or a
    /// non-positive median.</summary>
    private static (double Median, double MedianVariance)? Reference(IReadOnlyList<JudgeScaleUse> assessed)
    {
        if (assessed.Count < 3)
        {
            return null;
        }

        var median = Median(assessed.Select(s => s.Slope));
        // The median is estimated from the same J slopes: its variance, about (π / 2) SE² / J for normal slopes, is
        // added to the judge's (without it the test rejected in 13.5 % of 200 strict-null on-site units at 5 %).
        return median > 0 ? (median, Math.PI / 2 * Median(assessed.Select(s => Math.Pow(Math.Max(s.StandardError, s.OlsStandardError), 2))) / assessed.Count) : null;
    }

    /// <summary>The SE of b − median(b): the larger of the cluster-robust and the least-squares SE (Angrist and
    /// Pischke 2009, 8.2; with the few sheets of a final panel the CR2 SE alone is sometimes small by chance) and the
    /// median's variance.</summary>
    private static double TestError(JudgeScaleUse s, double medianVariance) =>
        Math.Sqrt(Math.Pow(Math.Max(s.StandardError, s.OlsStandardError), 2) + medianVariance);

    /// <summary>
    /// The slope of each assessed judge's marks on the other judges' mean, with its cluster-robust standard error.
    /// </summary>
    /// <param name="ratings">The unit's scores with dense zero-based indices.</param>
    /// <param name="options">Supplies <see cref="ScaleUseOptions.MinimumScores"/>; the default when null.</param>
    /// <returns>(judge, slope, standard error of the slope, scores used) for every judge with enough scores, in judge order.</returns>
    /// <exception cref="ArgumentException">Bad options or negative indices.</exception>
    public static IReadOnlyList<(int Judge, double Slope, double StandardError, int Scores)> Slopes(IReadOnlyList<SeverityRating> ratings, ScaleUseOptions? options = null) =>
        [.. Assess(ratings, options).Select(s => (s.Judge, s.Slope, s.StandardError, s.Scores))];

    /// <summary>
    /// Slope, spread ratio and residual SD of every judge with at least <see cref="ScaleUseOptions.MinimumScores"/>
    /// marks that other judges also gave. For judge j's m shared marks y (x = the other judges' mean on the same
    /// project and criterion), both centred within criterion: b = Σ x̃ỹ / Σ x̃², residuals e = ỹ − b x̃. The
    /// standard error is the CR2 sandwich (Bell and McCaffrey 2002) with the judge's sheets (projects) as clusters,
    /// because the criteria of one sheet share errors: V = Σ_g (x̃_g' A_g e_g)² / (Σ x̃²)², A_g = (I − H_gg)^(−1/2),
    /// H the hat matrix of the design [criterion dummies, x̃].
    /// </summary>
    /// <param name="ratings">The unit's scores with dense zero-based indices.</param>
    /// <param name="options">Supplies <see cref="ScaleUseOptions.MinimumScores"/>; the default when null.</param>
    /// <returns>One <see cref="JudgeScaleUse"/> per assessed judge, in judge order.</returns>
    /// <exception cref="ArgumentException">Bad options or negative indices.</exception>
    public static IReadOnlyList<JudgeScaleUse> Assess(IReadOnlyList<SeverityRating> ratings, ScaleUseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        options ??= ScaleUseOptions.Default;
        if (!(options.SlopeThreshold > 0) || !(options.FamilyWiseAlpha > 0 && options.FamilyWiseAlpha < 1) || !(options.SpreadRatioThreshold > 0))
        {
            throw new ArgumentException("The slope and spread thresholds must be positive and α in (0, 1).", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumScores, 3, nameof(options));
        var cells = new Dictionary<(int Project, int Criterion), List<(int Judge, double Score)>>();
        foreach (var r in ratings)
        {
            if (r.Judge < 0 || r.Project < 0 || r.Criterion < 0)
            {
                throw new ArgumentException("Indices must be non-negative.", nameof(ratings));
            }

            if (!cells.TryGetValue((r.Project, r.Criterion), out var cell))
            {
                cells[(r.Project, r.Criterion)] = cell = [];
            }

            cell.Add((r.Judge, r.Score));
        }

        var result = new List<JudgeScaleUse>();
        foreach (var judge in ratings.GroupBy(r => r.Judge).OrderBy(g => g.Key))
        {
            // x = mean of the other judges on the same project and criterion, y = the judge's mark.
            var marks = new List<ScaleUseFit.Mark>();
            foreach (var r in judge)
            {
                var cell = cells[(r.Project, r.Criterion)];
                if (cell.Count >= 2)
                {
                    marks.Add(new ScaleUseFit.Mark(r.Project, r.Criterion, (cell.Sum(c => c.Score) - r.Score) / (cell.Count - 1), r.Score));
                }
            }

            if (marks.Count < options.MinimumScores || ScaleUseFit.Fit(marks) is not { } fit)
            {
                continue;
            }

            var spread = Math.Sqrt(fit.Variance) / Math.Sqrt(OthersVariance(judge.Key, marks, cells));
            result.Add(new JudgeScaleUse(judge.Key, fit.Slope, fit.StandardError, fit.OlsStandardError, marks.Count, fit.Sheets, spread, fit.ResidualSd,
                Math.Max(fit.LogResidualVarianceSe, fit.NormalLogResidualVarianceSe)));
        }

        return result;
    }

    /// <summary>
    /// The pooled within-criterion variance of the other judges' marks on the judge's cells: each other judge's marks
    /// centred within criterion over the cells he shares with the judge (so the others' severities do not count as
    /// spread), squared deviations summed over judges and criteria, divided by Σ (cells − 1).
    /// </summary>
    private static double OthersVariance(int judge, List<ScaleUseFit.Mark> marks, Dictionary<(int Project, int Criterion), List<(int Judge, double Score)>> cells)
    {
        var byOther = new Dictionary<(int Judge, int Criterion), (double Sum, double Squares, int Count)>();
        foreach (var m in marks)
        {
            foreach (var (other, score) in cells[(m.Project, m.Criterion)])
            {
                if (other == judge)
                {
                    continue;
                }

                byOther.TryGetValue((other, m.Criterion), out var a);
                byOther[(other, m.Criterion)] = (a.Sum + score, a.Squares + (score * score), a.Count + 1);
            }
        }

        double ss = 0, df = 0;
        foreach (var (sum, squares, count) in byOther.Values)
        {
            ss += Math.Max(squares - (sum * sum / count), 0);
            df += count - 1;
        }

        return df > 0 ? ss / df : double.NaN;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
