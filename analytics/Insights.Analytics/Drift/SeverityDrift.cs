using System.Globalization;
using Insights.Analytics.Anomalies;
using Insights.Analytics.Severity;
using Insights.Analytics.Testing;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Drift;

/// <summary>
/// Severity drift: a judge whose marks move over time. For judge j with scores i given at times tᵢ (days since the
/// judge's first score), y_i = score_i − (β₀ + β_c) − b̂_p is what the judge gives beyond the project's quality and
/// the criterion (the judge's residual plus the judge's own effect d̂_j). The criteria of one sheet (judge × project)
/// and the sheets of one day share errors, so the marks are averaged per sheet and the slope of the sheet means on
/// time is the generalized least-squares slope of the mixed model y_s = a_block + b t_s + u_day + v_s with the judge's
/// own sheet variance (estimated within days) and a day-to-day variance pooled over the unit's judges
/// (<see cref="DriftVariance"/>; docs/methods/drift.md).
/// </summary>
public static class SeverityDrift
{
    /// <summary>The finding kind written in findings.</summary>
    public const string Kind = "drift";

    private const double TicksPerDay = TimeSpan.TicksPerDay;

    /// <summary>
    /// Flags a tested judge when the two-sided p-value of t is below α / m (m = judges tested, Bonferroni) and the fitted total
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
    /// t statistic and <see cref="JudgeFinding.PValue"/> its two-sided p-value (Student t on the judge's within-day
    /// degrees of freedom).</returns>
    /// <exception cref="ArgumentException">A non-positive scale range, bad options, or an index the fit does not cover.</exception>
    public static IReadOnlyList<JudgeFinding> Detect(IReadOnlyList<DriftRating> ratings, SeverityFit fit, double scaleRange, DriftOptions? options = null, ElementNames? names = null)
    {
        if (!(scaleRange > 0) || double.IsInfinity(scaleRange))
        {
            throw new ArgumentOutOfRangeException(nameof(scaleRange), scaleRange, "The scale range must be positive and finite.");
        }

        options ??= DriftOptions.Default;
        return Flag(Assess(ratings, fit, options), scaleRange, options, names);
    }

    /// <summary>The findings of <see cref="Detect"/> from assessments already made (<see cref="Assess"/>).</summary>
    /// <param name="assessed">The unit's assessments, one per judge.</param>
    /// <param name="scaleRange">The criterion scale range in score points.</param>
    /// <param name="options">Thresholds; <see cref="DriftOptions.Default"/> when null.</param>
    /// <param name="names">Names for the evidence text; indices when null.</param>
    /// <returns>As <see cref="Detect"/>.</returns>
    /// <exception cref="ArgumentException">A non-positive scale range.</exception>
    public static IReadOnlyList<JudgeFinding> Flag(IReadOnlyList<JudgeDrift> assessed, double scaleRange, DriftOptions? options = null, ElementNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(assessed);
        if (!(scaleRange > 0) || double.IsInfinity(scaleRange))
        {
            throw new ArgumentOutOfRangeException(nameof(scaleRange), scaleRange, "The scale range must be positive and finite.");
        }

        options ??= DriftOptions.Default;
        names ??= ElementNames.Indices;
        var findings = new List<JudgeFinding>();
        var tested = assessed.Count(a => a.Status == DriftStatus.Tested);
        if (tested == 0)
        {
            return findings;
        }

        var limit = options.FamilyWiseAlpha / tested;
        var practical = options.PracticalShare * scaleRange;
        foreach (var a in assessed)
        {
            var change = Math.Abs(a.TotalChange);
            if (a.Status != DriftStatus.Tested || !(a.PValue < limit && change > practical))
            {
                continue;
            }

            var level = change > 2 * practical ? AnomalyLevel.Error : AnomalyLevel.Warning;
            var rising = a.Slope > 0;
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Judge {names.Judge(a.Judge)}'s marks {(rising ? "rose" : "fell")} by {change:0.0} points over {a.SpanDays:0.#} days ({a.Slope:0.00} points per day, SE {a.StandardError:0.00} allowing for day-to-day and sheet effects, t = {a.T:0.0}, p = {a.PValue:0.###E+0}; {a.Scores} scores on {a.Days} days; limits p < {limit:0.###E+0} and {practical:0.0} points).");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(a.Judge)}的打分在{a.SpanDays:0.#}天内{(rising ? "上升" : "下降")}了{change:0.0}分（每天{a.Slope:0.00}分，计入逐日与评分表效应的标准误{a.StandardError:0.00}，t = {a.T:0.0}，p = {a.PValue:0.###E+0}；{a.Days}天内{a.Scores}个得分；界限p < {limit:0.###E+0}且{practical:0.0}分），评分尺度随时间漂移。");
            findings.Add(new JudgeFinding(Kind, a.Judge, a.Slope, a.T, a.PValue, level, en, zh));
        }

        return findings;
    }

    /// <summary>
    /// The smallest total change over the judge's scoring period that the slope test finds with the given power at a
    /// two-sided level: (q(1 − level / 2) + q(power)) × SE × span, q the Student t quantile on the judge's degrees of
    /// freedom (normal when 0, as the test), in score points.
    /// </summary>
    /// <param name="assessment">A tested judge's assessment.</param>
    /// <param name="level">The two-sided level (α / m, the Bonferroni level of the unit).</param>
    /// <param name="power">The power, in (0, 1).</param>
    /// <returns>The minimum detectable change in points; NaN when the judge was not tested or the SE is not usable.</returns>
    public static double MinimumDetectableChange(JudgeDrift assessment, double level, double power)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (!(level is > 0 and < 1) || !(power is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), "The level and the power must lie in (0, 1).");
        }

        if (assessment.Status != DriftStatus.Tested || !double.IsFinite(assessment.StandardError) || !(assessment.SpanDays > 0))
        {
            return double.NaN;
        }

        double Quantile(double p) => assessment.DegreesOfFreedom > 0 ? StudentTQuantile.Of(assessment.DegreesOfFreedom, p) : Normal.InvCDF(0, 1, p);
        return (Quantile(1 - (level / 2)) + Quantile(power)) * assessment.StandardError * assessment.SpanDays;
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

        // Every judge's sheets (judge × project: the sheet means of his own parts), tested or not: all of them inform
        // the day-to-day variance, which one judge with 3-6 days cannot estimate for himself.
        var judges = ratings.GroupBy(r => r.Rating.Judge).OrderBy(g => g.Key).Select(g =>
        {
            var scores = g.ToArray();
            var first = scores.Min(r => r.ScoredAt.Ticks);
            var sheets = DriftVariance.Build([.. scores.Select(r => (r.Rating.Project, OwnPart(fit, r.Rating), (r.ScoredAt.Ticks - first) / TicksPerDay, r.ScoredAt.Date, r.Block))]);
            return (Judge: g.Key, Scores: scores, Sheets: sheets);
        }).ToList();
        var (dayVariance, _) = DriftVariance.PooledDayVariance(judges.Select(j => j.Sheets));
        var sheetVariances = judges.Select(j => j.Sheets.SheetVariance()).Where(v => !double.IsNaN(v.Variance)).Select(v => v.Variance).Order().ToArray();
        var fallbackVariance = sheetVariances.Length > 0 ? sheetVariances[sheetVariances.Length / 2] : double.NaN;

        var result = new List<JudgeDrift>();
        foreach (var (judge, scores, sheets) in judges)
        {
            var days = scores.Select(r => r.ScoredAt.Date).Distinct().Count();
            double span = (scores.Max(r => r.ScoredAt.Ticks) - scores.Min(r => r.ScoredAt.Ticks)) / TicksPerDay;
            if (scores.Length < options.MinimumScores || days < options.MinimumDays)
            {
                var status = scores.Length < options.MinimumScores ? DriftStatus.TooFewScores : DriftStatus.TooFewDays;
                result.Add(NotTested(judge, status, scores.Length, days, span));
                continue;
            }

            if (scores.Select(r => r.Block).Distinct().Count() > 1)
            {
                // Several periods (a pooled unit's stages): drift is the slope within them, over the time he scored in them.
                span = scores.GroupBy(r => r.Block).Sum(b => (b.Max(r => r.ScoredAt.Ticks) - b.Min(r => r.ScoredAt.Ticks)) / TicksPerDay);
                days = scores.GroupBy(r => r.Block).Max(b => b.Select(r => r.ScoredAt.Date).Distinct().Count());
                if (days < options.MinimumDays)
                {
                    result.Add(NotTested(judge, DriftStatus.TooFewDays, scores.Length, days, span));
                    continue;
                }
            }

            // The judge's own sheet variance (within days, many degrees of freedom); the unit's median when he has
            // none to spare (as many sheets as days), with the normal distribution for the test.
            var (variance, freedom) = sheets.SheetVariance();
            if (double.IsNaN(variance) || !(variance > 0))
            {
                (variance, freedom) = (fallbackVariance, 0);
            }

            var (slope, se) = variance > 0 ? DriftVariance.Slope(sheets, variance, dayVariance) : (double.NaN, double.NaN);
            if (double.IsNaN(slope))
            {
                result.Add(NotTested(judge, DriftStatus.TooFewDays, scores.Length, days, span));
                continue;
            }

            var statistic = se > 0 ? slope / se : (slope == 0 ? 0 : Math.CopySign(double.PositiveInfinity, slope));
            var p = freedom >= 1 ? 2 * StudentT.CDF(0, 1, freedom, -Math.Abs(statistic)) : 2 * Normal.CDF(0, 1, -Math.Abs(statistic));
            result.Add(new JudgeDrift(judge, DriftStatus.Tested, scores.Length, days, span, slope, se, statistic, p, slope * span)
            {
                Sheets = sheets.Y.Length,
                DegreesOfFreedom = freedom,
                DayVariance = dayVariance,
            });
        }

        return result;
    }

    private static JudgeDrift NotTested(int judge, DriftStatus status, int scores, int days, double span) =>
        new(judge, status, scores, days, span, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

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
