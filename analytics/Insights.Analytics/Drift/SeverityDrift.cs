using System.Globalization;
using Insights.Analytics.Anomalies;
using Insights.Analytics.Severity;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Drift;

/// <summary>
/// Severity drift: a judge whose marks move over time. For judge j with scores i given at times tᵢ (days since the
/// judge's first score), y_i = score_i − (β₀ + β_c) − b̂_p is what the judge gives beyond the project's quality and
/// the criterion (the judge's residual plus the judge's own effect d̂_j), and the OLS slope of y on t is
/// b = Σ (t − t̄)(y − ȳ) / Σ (t − t̄)², SE(b) = √(s² / Σ (t − t̄)²), s² = residual SS / (n − 2), t = b / SE(b).
/// </summary>
public static class SeverityDrift
{
    /// <summary>The finding kind written in findings.</summary>
    public const string Kind = "drift";

    private const double TicksPerDay = TimeSpan.TicksPerDay;

    /// <summary>
    /// Flags a tested judge when |t| &gt; Φ⁻¹(1 − α / (2m)) (m = judges tested, Bonferroni) and the fitted total
    /// change |b| × span exceeds <see cref="DriftOptions.PracticalShare"/> × <paramref name="scaleRange"/>
    /// (error beyond twice that).
    /// </summary>
    /// <param name="ratings">The unit's scores with their times.</param>
    /// <param name="fit">The fit of <see cref="SeverityModel.Fit"/> on the unit's scores.</param>
    /// <param name="scaleRange">The criterion scale range in score points (max − min; 100 for 0-100 marks).</param>
    /// <param name="options">Thresholds; <see cref="DriftOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges, projects and criteria for the evidence text; indices when null.</param>
    /// <returns>One finding of kind <see cref="Kind"/> per flagged judge, in judge order:
    /// <see cref="JudgeFinding.Statistic"/> is the slope in score points per day, <see cref="JudgeFinding.Z"/> the
    /// t statistic and <see cref="JudgeFinding.PValue"/> its two-sided normal p-value.</returns>
    /// <exception cref="ArgumentException">A non-positive scale range, bad options, or an index the fit does not cover.</exception>
    public static IReadOnlyList<JudgeFinding> Detect(IReadOnlyList<DriftRating> ratings, SeverityFit fit, double scaleRange, DriftOptions? options = null, ElementNames? names = null)
    {
        if (!(scaleRange > 0) || double.IsInfinity(scaleRange))
        {
            throw new ArgumentOutOfRangeException(nameof(scaleRange), scaleRange, "The scale range must be positive and finite.");
        }

        options ??= DriftOptions.Default;
        names ??= ElementNames.Indices;
        var assessed = Assess(ratings, fit, options);
        var findings = new List<JudgeFinding>();
        var tested = assessed.Count(a => a.Status == DriftStatus.Tested);
        if (tested == 0)
        {
            return findings;
        }

        var limit = Threshold(options.FamilyWiseAlpha, tested);
        var practical = options.PracticalShare * scaleRange;
        foreach (var a in assessed)
        {
            var change = Math.Abs(a.TotalChange);
            if (a.Status != DriftStatus.Tested || !(Math.Abs(a.T) > limit && change > practical))
            {
                continue;
            }

            var level = change > 2 * practical ? AnomalyLevel.Error : AnomalyLevel.Warning;
            var rising = a.Slope > 0;
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Judge {names.Judge(a.Judge)}'s marks {(rising ? "rose" : "fell")} by {change:0.0} points over {a.SpanDays:0.#} days ({a.Slope:0.00} points per day, SE {a.StandardError:0.00}, t = {a.T:0.0}; {a.Scores} scores on {a.Days} days; limits |t| > {limit:0.00} and {practical:0.0} points).");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(a.Judge)}的打分在{a.SpanDays:0.#}天内{(rising ? "上升" : "下降")}了{change:0.0}分（每天{a.Slope:0.00}分，标准误{a.StandardError:0.00}，t = {a.T:0.0}；{a.Days}天内{a.Scores}个得分；界限|t| > {limit:0.00}且{practical:0.0}分），评分尺度随时间漂移。");
            findings.Add(new JudgeFinding(Kind, a.Judge, a.Slope, a.T, a.PValue, level, en, zh));
        }

        return findings;
    }

    /// <summary>
    /// The drift slope of every judge of the unit, or why the judge was not tested (fewer than
    /// <see cref="DriftOptions.MinimumScores"/> scores, or fewer than <see cref="DriftOptions.MinimumDays"/> distinct
    /// calendar days).
    /// </summary>
    /// <param name="ratings">The unit's scores with their times.</param>
    /// <param name="fit">The fit of <see cref="SeverityModel.Fit"/> on the unit's scores.</param>
    /// <param name="options">Supplies the minimum scores and days; the default when null.</param>
    /// <returns>One assessment per judge that has scores, in judge order.</returns>
    /// <exception cref="ArgumentException">Bad options, non-finite scores or an index the fit does not cover.</exception>
    public static IReadOnlyList<JudgeDrift> Assess(IReadOnlyList<DriftRating> ratings, SeverityFit fit, DriftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(fit);
        options ??= DriftOptions.Default;
        CheckOptions(options);
        foreach (var r in ratings)
        {
            var s = r.Rating;
            if (s.Criterion < 0 || s.Judge < 0 || s.Project < 0
                || s.Criterion >= fit.FixedEffects.Count || s.Project >= fit.Projects.Count)
            {
                throw new ArgumentException("The ratings' indices must be non-negative and covered by the fit.", nameof(ratings));
            }

            if (!double.IsFinite(s.Score))
            {
                throw new ArgumentException("Scores must be finite.", nameof(ratings));
            }
        }

        var result = new List<JudgeDrift>();
        foreach (var judge in ratings.GroupBy(r => r.Rating.Judge).OrderBy(g => g.Key))
        {
            var scores = judge.ToArray();
            var days = scores.Select(r => r.ScoredAt.Date).Distinct().Count();
            var first = scores.Min(r => r.ScoredAt.Ticks);
            double span = (scores.Max(r => r.ScoredAt.Ticks) - first) / TicksPerDay;
            if (scores.Length < options.MinimumScores || days < options.MinimumDays)
            {
                var status = scores.Length < options.MinimumScores ? DriftStatus.TooFewScores : DriftStatus.TooFewDays;
                result.Add(new JudgeDrift(judge.Key, status, scores.Length, days, span, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
                continue;
            }

            var t = scores.Select(r => (r.ScoredAt.Ticks - first) / TicksPerDay).ToArray();
            var y = scores.Select(r => OwnPart(fit, r.Rating)).ToArray();
            var blocks = scores.Select(r => r.Block).ToArray();
            double slope, se;
            if (blocks.Distinct().Count() > 1)
            {
                // Several periods (a pooled unit's stages): drift is the slope within them, over the time he scored in them.
                span = scores.GroupBy(r => r.Block).Sum(b => (b.Max(r => r.ScoredAt.Ticks) - b.Min(r => r.ScoredAt.Ticks)) / TicksPerDay);
                days = scores.GroupBy(r => r.Block).Max(b => b.Select(r => r.ScoredAt.Date).Distinct().Count());
                if (days < options.MinimumDays || scores.Length - scores.Select(r => r.Block).Distinct().Count() - 1 < 1)
                {
                    result.Add(new JudgeDrift(judge.Key, DriftStatus.TooFewDays, scores.Length, days, span, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
                    continue;
                }

                (slope, se) = WithinSlope(t, y, blocks);
            }
            else
            {
                (slope, se) = Slope(t, y);
            }

            var statistic = se > 0 ? slope / se : (slope == 0 ? 0 : Math.CopySign(double.PositiveInfinity, slope));
            var p = 2 * Normal.CDF(0, 1, -Math.Abs(statistic));
            result.Add(new JudgeDrift(judge.Key, DriftStatus.Tested, scores.Length, days, span, slope, se, statistic, p, slope * span));
        }

        return result;
    }

    /// <summary>
    /// The two-sided Bonferroni threshold on |t| for m judges tested at family-wise rate α: Φ⁻¹(1 − α / (2m)).
    /// </summary>
    /// <param name="familyWiseAlpha">Family-wise error rate, in (0, 1).</param>
    /// <param name="tested">Number of judges tested, at least 1.</param>
    /// <returns>The |t| threshold.</returns>
    public static double Threshold(double familyWiseAlpha, int tested)
    {
        if (!(familyWiseAlpha > 0 && familyWiseAlpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(familyWiseAlpha), familyWiseAlpha, "A family-wise error rate must lie in (0, 1).");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tested);
        return -Normal.InvCDF(0, 1, familyWiseAlpha / (2.0 * tested));
    }

    /// <summary>
    /// The ordinary least-squares slope of y on t with its standard error √(s² / Sxx), s² = RSS / (n − 2).
    /// </summary>
    /// <param name="t">Times, at least three, not all equal.</param>
    /// <param name="y">Responses, as many as times.</param>
    /// <returns>The slope and its standard error.</returns>
    /// <exception cref="ArgumentException">Fewer than three points, unequal lengths or constant times.</exception>
    public static (double Slope, double StandardError) Slope(IReadOnlyList<double> t, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(y);
        if (t.Count != y.Count || t.Count < 3)
        {
            throw new ArgumentException("At least three (t, y) pairs of equal length are required.", nameof(y));
        }

        // One block: the within-block slope is the ordinary one, with n − 2 degrees of freedom.
        return WithinSlope(t, y, new int[t.Count]);
    }

    /// <summary>
    /// The pooled within-block least-squares slope of y on t (one intercept per block, one common slope):
    /// b = Σ (t − t̄_b)(y − ȳ_b) / Σ (t − t̄_b)², SE = √(s² / Sxx) with s² = RSS / (n − B − 1).
    /// </summary>
    /// <param name="t">Times.</param>
    /// <param name="y">Responses, as many as times.</param>
    /// <param name="blocks">The block of each point, as many as times.</param>
    /// <returns>The slope and its standard error.</returns>
    /// <exception cref="ArgumentException">Unequal lengths, no residual degree of freedom, or no time variation within any block.</exception>
    public static (double Slope, double StandardError) WithinSlope(IReadOnlyList<double> t, IReadOnlyList<double> y, IReadOnlyList<int> blocks)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(blocks);
        if (t.Count != y.Count || t.Count != blocks.Count)
        {
            throw new ArgumentException("Times, responses and blocks must be of equal length.", nameof(blocks));
        }

        var means = Enumerable.Range(0, t.Count).GroupBy(i => blocks[i])
            .ToDictionary(g => g.Key, g => (T: g.Average(i => t[i]), Y: g.Average(i => y[i])));
        var df = t.Count - means.Count - 1;
        if (df < 1)
        {
            throw new ArgumentException("At least one residual degree of freedom is required (n > blocks + 1).", nameof(t));
        }

        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < t.Count; i++)
        {
            var (tm, ym) = means[blocks[i]];
            var dt = t[i] - tm;
            var dy = y[i] - ym;
            sxx += dt * dt;
            sxy += dt * dy;
            syy += dy * dy;
        }

        if (!(sxx > 0))
        {
            throw new ArgumentException("The times must vary within at least one block.", nameof(t));
        }

        var slope = sxy / sxx;
        var residual = Math.Max(syy - (slope * sxy), 0) / df;
        return (slope, Math.Sqrt(residual / sxx));
    }

    private static double OwnPart(SeverityFit fit, SeverityRating r)
    {
        var fixedPart = fit.FixedEffects[0].Estimate + (r.Criterion >= 1 ? fit.FixedEffects[r.Criterion].Estimate : 0);
        return r.Score - fixedPart - fit.Projects[r.Project].ConditionalMode;
    }

    private static void CheckOptions(DriftOptions options)
    {
        if (!(options.FamilyWiseAlpha > 0 && options.FamilyWiseAlpha < 1) || !(options.PracticalShare >= 0))
        {
            throw new ArgumentException("α must lie in (0, 1) and the practical share be non-negative.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumScores, 3, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumDays, 2, nameof(options));
    }
}
