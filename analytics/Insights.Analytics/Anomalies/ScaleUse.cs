using System.Globalization;
using Insights.Analytics.Severity;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Anomalies;

/// <summary>
/// Central tendency: for each judge, the slope of their marks on the other judges' mean mark for the same project
/// and criterion, both centred within each criterion over the judge's projects (regression through the centred
/// data). A judge who uses the scale as the panel does has slope near 1; one who uses only its middle, near 0.
/// Because the other judges' mean is itself noisy, every slope of a unit is attenuated towards 0 by about the
/// same factor (errors in variables), so each judge is compared with the median slope of the unit's judges.
/// </summary>
public static class ScaleUse
{
    /// <summary>
    /// Computes the slope b of every judge with enough scores that other judges also gave, and flags a judge when
    /// the relative slope b / median(b) is below <see cref="ScaleUseOptions.SlopeThreshold"/> and the one-sided
    /// test of b &lt; median(b), z = (b − median(b)) / SE(b), is significant at the Bonferroni level α / J
    /// (J = judges assessed, at least three).
    /// </summary>
    /// <param name="ratings">The unit's scores with dense zero-based indices.</param>
    /// <param name="options">Thresholds; <see cref="ScaleUseOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges, projects and criteria for the evidence text; indices when null.</param>
    /// <returns>One finding per flagged judge, in judge order. <see cref="JudgeFinding.Statistic"/> is b / median(b),
    /// <see cref="JudgeFinding.Z"/> the test z and <see cref="JudgeFinding.PValue"/> its one-sided p-value.</returns>
    /// <exception cref="ArgumentException">Bad options or negative indices.</exception>
    public static IReadOnlyList<JudgeFinding> Detect(IReadOnlyList<SeverityRating> ratings, ScaleUseOptions? options = null, ElementNames? names = null)
    {
        var slopes = Slopes(ratings, options);
        options ??= ScaleUseOptions.Default;
        names ??= ElementNames.Indices;
        var findings = new List<JudgeFinding>();
        if (slopes.Count < 3)
        {
            return findings;
        }

        var sorted = slopes.Select(s => s.Slope).Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        if (!(median > 0))
        {
            return findings;
        }

        var alpha = options.FamilyWiseAlpha / slopes.Count;
        foreach (var (judge, slope, se, scores) in slopes)
        {
            var relative = slope / median;
            var z = se > 0 ? (slope - median) / se : (slope < median ? double.NegativeInfinity : 0);
            var p = Normal.CDF(0, 1, z);
            if (!(relative < options.SlopeThreshold && p < alpha))
            {
                continue;
            }

            var level = relative < options.SlopeThreshold / 2 ? AnomalyLevel.Error : AnomalyLevel.Warning;
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Judge {names.Judge(judge)} follows the other judges' marks with slope {slope:0.00} against the unit's median {median:0.00} (relative {relative:0.00}, limit {options.SlopeThreshold:0.00}; {scores} scores, z = {z:0.0}): central tendency.");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(judge)}随其他评委打分的斜率为{slope:0.00}，本单元中位数为{median:0.00}（相对{relative:0.00}，界限{options.SlopeThreshold:0.00}；{scores}个得分，z = {z:0.0}），趋中评分。");
            findings.Add(new JudgeFinding(AnomalyKinds.CentralTendency, judge, relative, z, p, level, en, zh));
        }

        return findings;
    }

    /// <summary>
    /// The slope of each assessed judge's marks on the other judges' mean, with its least-squares standard error.
    /// </summary>
    /// <param name="ratings">The unit's scores with dense zero-based indices.</param>
    /// <param name="options">Supplies <see cref="ScaleUseOptions.MinimumScores"/>; the default when null.</param>
    /// <returns>(judge, slope, standard error of the slope, scores used) for every judge with enough scores, in judge order.</returns>
    /// <exception cref="ArgumentException">Bad options or negative indices.</exception>
    public static IReadOnlyList<(int Judge, double Slope, double StandardError, int Scores)> Slopes(IReadOnlyList<SeverityRating> ratings, ScaleUseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        options ??= ScaleUseOptions.Default;
        if (!(options.SlopeThreshold > 0) || !(options.FamilyWiseAlpha > 0 && options.FamilyWiseAlpha < 1))
        {
            throw new ArgumentException("The slope threshold must be positive and α in (0, 1).", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumScores, 3, nameof(options));
        var cells = new Dictionary<(int Project, int Criterion), (double Sum, int Count)>();
        foreach (var r in ratings)
        {
            if (r.Judge < 0 || r.Project < 0 || r.Criterion < 0)
            {
                throw new ArgumentException("Indices must be non-negative.", nameof(ratings));
            }

            cells.TryGetValue((r.Project, r.Criterion), out var cell);
            cells[(r.Project, r.Criterion)] = (cell.Sum + r.Score, cell.Count + 1);
        }

        var result = new List<(int, double, double, int)>();
        foreach (var judge in ratings.GroupBy(r => r.Judge).OrderBy(g => g.Key))
        {
            // x = mean of the other judges on the same project and criterion, y = the judge's mark.
            var pairs = new List<(int Criterion, double X, double Y)>();
            foreach (var r in judge)
            {
                var cell = cells[(r.Project, r.Criterion)];
                if (cell.Count >= 2)
                {
                    pairs.Add((r.Criterion, (cell.Sum - r.Score) / (cell.Count - 1), r.Score));
                }
            }

            if (pairs.Count < options.MinimumScores)
            {
                continue;
            }

            var means = pairs.GroupBy(q => q.Criterion).ToDictionary(g => g.Key, g => (X: g.Average(q => q.X), Y: g.Average(q => q.Y)));
            double sxx = 0, sxy = 0, syy = 0;
            foreach (var (criterion, x, y) in pairs)
            {
                var dx = x - means[criterion].X;
                var dy = y - means[criterion].Y;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
            }

            var freedom = pairs.Count - means.Count - 1;
            if (sxx <= 0 || freedom < 1)
            {
                continue;
            }

            var slope = sxy / sxx;
            var residual = Math.Max(syy - slope * sxy, 0) / freedom;
            result.Add((judge.Key, slope, Math.Sqrt(residual / sxx), pairs.Count));
        }

        return result;
    }
}
