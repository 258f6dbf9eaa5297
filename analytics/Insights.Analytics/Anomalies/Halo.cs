using System.Globalization;
using Insights.Analytics.Severity;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Anomalies;

/// <summary>
/// Halo: a judge whose marks vary little across the criteria of a project compared with the other judges of the
/// same projects. Marks are first centred on their criterion's mean in the unit. For judge j, over the projects j
/// scored on two or more criteria that other judges also scored on two or more:
/// W = mean within-project variance of j's marks / mean of the other judges' mean within-project variance, and
/// B = variance of j's project means / variance of the other judges' average project means.
/// The statistic is R = W / B (spread-adjusted, so a judge who compresses the whole scale is not taken for a halo
/// judge); a halo judge has R near 0, an ordinary judge near 1. On a rubric whose criteria have different ranges the
/// marks are first put on the common scale of <see cref="CriterionScales"/> (percent of each criterion's range), so
/// a judge who gives one impression for every criterion (20/25, 12/15, 8/10) has no spread across the criteria.
/// </summary>
public static class Halo
{
    private const double LogFloor = 1e-3;
    private const double MadToSd = 1.4826;

    /// <summary>
    /// Computes R for every judge with at least <see cref="HaloOptions.MinimumProjects"/> shared projects, the
    /// robust z of log R across those judges, z = (log R − median) / (1.4826 MAD), and flags a judge when
    /// z &lt; −<see cref="HaloOptions.RobustZThreshold"/> and R &lt; <see cref="HaloOptions.RatioThreshold"/>
    /// (error when R is also below a fifth of the ratio threshold). Needs three judges or more.
    /// </summary>
    /// <param name="ratings">The unit's scores with dense zero-based indices.</param>
    /// <param name="options">Thresholds; <see cref="HaloOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges, projects and criteria for the evidence text; indices when null.</param>
    /// <param name="scales">The criteria's scales; marks are compared on their common scale when the ranges differ
    /// (null: the marks as they are).</param>
    /// <returns>One finding per flagged judge, in judge order: <see cref="JudgeFinding.Statistic"/> is R,
    /// <see cref="JudgeFinding.Z"/> the robust z, <see cref="JudgeFinding.PValue"/> NaN (not defined).</returns>
    /// <exception cref="ArgumentException">Bad options, negative indices, or a criterion without a scale.</exception>
    public static IReadOnlyList<JudgeFinding> Detect(
        IReadOnlyList<SeverityRating> ratings, HaloOptions? options = null, ElementNames? names = null, CriterionScales? scales = null)
    {
        options ??= HaloOptions.Default;
        names ??= ElementNames.Indices;
        var ratios = Ratios(ratings, options, scales);
        var findings = new List<JudgeFinding>();
        if (ratios.Count < 3)
        {
            return findings;
        }

        var logs = ratios.Select(r => Math.Log(Math.Max(r.Ratio, LogFloor))).ToArray();
        var median = Median(logs);
        var mad = MadToSd * Median([.. logs.Select(l => Math.Abs(l - median))]);
        for (var i = 0; i < ratios.Count; i++)
        {
            var (judge, ratio, projects) = ratios[i];
            var z = mad > 0 ? (logs[i] - median) / mad : (logs[i] < median ? double.NegativeInfinity : 0);
            if (!(z < -options.RobustZThreshold && ratio < options.RatioThreshold))
            {
                continue;
            }

            var level = ratio < options.RatioThreshold / 5 ? AnomalyLevel.Error : AnomalyLevel.Warning;
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Judge {names.Judge(judge)} varies marks across the criteria of a project {ratio:0.00} times as much as the other judges of the same {projects} projects (robust z = {z:0.0}; limit {options.RatioThreshold:0.00}).");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(judge)}在同一项目各评分项间的打分差异只有同{projects}个项目其他评委的{ratio:0.00}倍（稳健z = {z:0.0}；界限{options.RatioThreshold:0.00}），存在光环效应。");
            findings.Add(new JudgeFinding(AnomalyKinds.Halo, judge, ratio, z, double.NaN, level, en, zh));
        }

        return findings;
    }

    /// <summary>
    /// The halo ratio R at which each judge would be flagged with the given power: the largest true R with
    /// log R + z(power) · s ≤ min(median − z_thr · s, log(ratio threshold)), where median and s = 1.4826 MAD are the
    /// unit's robust centre and spread of log R. The spread between the unit's judges, which holds their real
    /// differences as well as sampling error, stands for the judge's own sampling SD of log R (conservative). A
    /// halo of weight w (each mark w parts one impression, 1 − w parts the criterion) has R = (1 − w)².
    /// </summary>
    /// <param name="ratios">The unit's ratios from <see cref="Ratios"/>.</param>
    /// <param name="options">Thresholds; <see cref="HaloOptions.Default"/> when null.</param>
    /// <param name="power">The power, in (0, 1).</param>
    /// <returns>(judge, R*) for every judge of <paramref name="ratios"/>; empty with fewer than three judges.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Power outside (0, 1).</exception>
    public static IReadOnlyList<(int Judge, double Ratio)> MinimumDetectable(IReadOnlyList<(int Judge, double Ratio, int Projects)> ratios, HaloOptions? options = null, double power = 0.8)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        options ??= HaloOptions.Default;
        if (!(power is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(power), power, "Power must lie in (0, 1).");
        }

        if (ratios.Count < 3)
        {
            return [];
        }

        var logs = ratios.Select(r => Math.Log(Math.Max(r.Ratio, LogFloor))).ToArray();
        var median = Median(logs);
        var spread = MadToSd * Median([.. logs.Select(l => Math.Abs(l - median))]);
        var limit = Math.Min(median - (options.RobustZThreshold * spread), Math.Log(options.RatioThreshold));
        var ratio = Math.Exp(limit - (Normal.InvCDF(0, 1, power) * spread));
        return [.. ratios.Select(r => (r.Judge, ratio))];
    }

    /// <summary>
    /// The spread-adjusted within-project variance ratio R of every judge with enough shared projects.
    /// </summary>
    /// <param name="ratings">The unit's scores with dense zero-based indices.</param>
    /// <param name="options">Supplies <see cref="HaloOptions.MinimumProjects"/>; the default when null.</param>
    /// <param name="scales">The criteria's scales; marks are compared on their common scale when the ranges differ
    /// (null: the marks as they are).</param>
    /// <returns>(judge, R, shared projects used), in judge order.</returns>
    /// <exception cref="ArgumentException">Bad options, negative indices, or a criterion without a scale.</exception>
    public static IReadOnlyList<(int Judge, double Ratio, int Projects)> Ratios(
        IReadOnlyList<SeverityRating> ratings, HaloOptions? options = null, CriterionScales? scales = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        options ??= HaloOptions.Default;
        if (!(options.RobustZThreshold > 0) || !(options.RatioThreshold > 0))
        {
            throw new ArgumentException("Thresholds must be positive.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumProjects, 3, nameof(options));
        if (ratings.Any(r => r.Judge < 0 || r.Project < 0 || r.Criterion < 0))
        {
            throw new ArgumentException("Indices must be non-negative.", nameof(ratings));
        }

        // Sheppard's correction per criterion (0 = none): the variance h²/12 that rounding to whole points adds.
        var rounding = new Dictionary<int, double>();
        if (scales is { IsMixed: true })
        {
            // Differentiation is judged in each criterion's own units: the same percent on every criterion is no spread.
            // Whole-point marks of a 0-10 criterion are steps of 10 % of its range, so one impression rounded to
            // 8/10, 12/15 and 20/25 still varies; that rounding variance, (R̄ / R_c)² / 12 on the common scale, is
            // taken out of every sheet's variance (Sheppard 1898), the other judges' as well as the judge's own.
            foreach (var criterion in ratings.GroupBy(r => r.Criterion))
            {
                var step = 1 / scales.PointsPerCommonPoint(criterion.Key);
                rounding[criterion.Key] = criterion.All(r => r.Score == Math.Floor(r.Score)) ? step * step / 12 : 0;
            }

            ratings = scales.ToCommon(ratings);
        }

        var criterionMeans = ratings.GroupBy(r => r.Criterion).ToDictionary(g => g.Key, g => g.Average(r => r.Score));

        // Per (project, judge): within-project variance and mean of the criterion-centred marks.
        var sheets = new Dictionary<int, List<(int Judge, double Variance, double Mean)>>();
        foreach (var sheet in ratings.GroupBy(r => (r.Project, r.Judge)))
        {
            var marks = sheet.Select(r => r.Score - criterionMeans[r.Criterion]).ToArray();
            if (marks.Length < 2)
            {
                continue;
            }

            var mean = marks.Average();
            var variance = marks.Sum(m => (m - mean) * (m - mean)) / (marks.Length - 1);
            if (rounding.Count > 0)
            {
                // E[sample variance] of independent rounding errors is the mean of their variances.
                variance -= sheet.Average(r => rounding[r.Criterion]);
            }

            if (!sheets.TryGetValue(sheet.Key.Project, out var list))
            {
                sheets[sheet.Key.Project] = list = [];
            }

            list.Add((sheet.Key.Judge, variance, mean));
        }

        var perJudge = new SortedDictionary<int, List<(double Own, double OwnMean, double Others, double OthersMean)>>();
        foreach (var list in sheets.Values)
        {
            if (list.Count < 2)
            {
                continue;
            }

            var sumVariance = list.Sum(s => s.Variance);
            var sumMean = list.Sum(s => s.Mean);
            foreach (var (judge, variance, mean) in list)
            {
                if (!perJudge.TryGetValue(judge, out var rows))
                {
                    perJudge[judge] = rows = [];
                }

                rows.Add((variance, mean, (sumVariance - variance) / (list.Count - 1), (sumMean - mean) / (list.Count - 1)));
            }
        }

        var result = new List<(int, double, int)>();
        foreach (var (judge, rows) in perJudge)
        {
            if (rows.Count < options.MinimumProjects)
            {
                continue;
            }

            var others = rows.Average(r => r.Others);
            var ownBetween = Variance(rows.Select(r => r.OwnMean));
            var othersBetween = Variance(rows.Select(r => r.OthersMean));
            if (!(others > 0 && ownBetween > 0 && othersBetween > 0))
            {
                continue;
            }

            // A corrected own variance can fall below 0 (one impression, rounded): no differentiation at all.
            var within = Math.Max(rows.Average(r => r.Own), 0) / others;
            result.Add((judge, within / (ownBetween / othersBetween), rows.Count));
        }

        return result;
    }

    private static double Variance(IEnumerable<double> values)
    {
        var array = values.ToArray();
        var mean = array.Average();
        return array.Sum(v => (v - mean) * (v - mean)) / (array.Length - 1);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
