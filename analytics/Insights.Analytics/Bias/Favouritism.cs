using System.Globalization;
using Insights.Analytics.Anomalies;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Bias;

/// <summary>
/// Favouritism: does a judge mark projects he is affiliated with (same unit, same city, same country) above the other
/// judges of those projects? Per (judge, project) the judge's mean mark over criteria is regressed on the other
/// judges' mean mark on the same criteria (intercept = the judge's severity, slope = his scale use) and the affiliated
/// flag; the flag's coefficient is the bonus in score points. It is tested by permuting the affiliated labels among the
/// judge's projects on the residuals of the null model [1, others' mean] (one-sided, +1 correction).
/// </summary>
public static class Favouritism
{
    /// <summary>Estimates the bonus of every judge with enough affiliated and unaffiliated projects.</summary>
    /// <param name="ratings">The marks of one analysis unit.</param>
    /// <param name="affiliated">Whether a (judge, project) pair is affiliated.</param>
    /// <param name="options">Settings; <see cref="FavouritismOptions.Default"/> when null.</param>
    /// <returns>One estimate per tested judge, in judge order.</returns>
    /// <exception cref="ArgumentException">Bad options.</exception>
    public static IReadOnlyList<FavouritismEstimate> Estimate(
        IReadOnlyList<SeverityRating> ratings, Func<int, int, bool> affiliated, FavouritismOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(affiliated);
        options = Check(options);
        var estimates = new List<FavouritismEstimate>();
        foreach (var (judge, rows) in Deviations(ratings).OrderBy(kv => kv.Key))
        {
            var own = rows.Select(r => r.Own).ToArray();
            var others = rows.Select(r => r.Others).ToArray();
            var labels = rows.Select(r => affiliated(judge, r.Project)).ToArray();
            var na = labels.Count(l => l);
            var nu = labels.Length - na;
            if (na < options.MinAffiliated || nu < options.MinUnaffiliated)
            {
                continue;
            }

            var (bonus, se, _, residuals) = Regression(own, others, labels);
            if (!double.IsFinite(bonus))
            {
                continue;
            }

            var p = PermutationPValue(residuals, labels, options.Permutations, options.Seed + judge);
            estimates.Add(new FavouritismEstimate(judge, na, nu, bonus, se, bonus - (options.ConfidenceZ * se), bonus + (options.ConfidenceZ * se), p));
        }

        return estimates;
    }

    /// <summary>
    /// Flags a judge when the permutation p-value is below <see cref="FavouritismOptions.Alpha"/> / judges tested and
    /// the bonus exceeds <see cref="FavouritismOptions.PracticalShare"/> × <paramref name="scaleRange"/> (error
    /// beyond twice that).
    /// </summary>
    /// <param name="ratings">The marks of one analysis unit.</param>
    /// <param name="affiliated">Whether a (judge, project) pair is affiliated.</param>
    /// <param name="scaleRange">The criterion scale range in score points (100 for 0-100 marks).</param>
    /// <param name="options">Settings; <see cref="FavouritismOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges for the evidence text; indices when null.</param>
    /// <returns>One <see cref="BiasKinds.Favoritism"/> finding per flagged judge: Statistic = bonus in points,
    /// Z = bonus / SE, PValue = the permutation p-value.</returns>
    /// <exception cref="ArgumentException">A non-positive scale range or bad options.</exception>
    public static IReadOnlyList<JudgeFinding> Detect(
        IReadOnlyList<SeverityRating> ratings, Func<int, int, bool> affiliated, double scaleRange, FavouritismOptions? options = null, ElementNames? names = null)
    {
        options = Check(options);
        return Flag(Estimate(ratings, affiliated, options), scaleRange, options, names);
    }

    /// <summary>
    /// The findings among estimates already made: a judge is flagged when his permutation p-value is below
    /// Alpha / family size (Bonferroni; the family is <see cref="FavouritismOptions.FamilySize"/> when set, so that
    /// a caller testing many units can share Alpha over all of them, else the judges in <paramref name="estimates"/>)
    /// and his bonus exceeds the practical share of the scale (error beyond twice that).
    /// </summary>
    /// <param name="estimates">The estimates of one unit, from <see cref="Estimate"/>.</param>
    /// <param name="scaleRange">The criterion scale range in score points (100 for 0-100 marks).</param>
    /// <param name="options">Settings; <see cref="FavouritismOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges for the evidence text; indices when null.</param>
    /// <returns>One <see cref="BiasKinds.Favoritism"/> finding per flagged judge, in the estimates' order.</returns>
    /// <exception cref="ArgumentException">A non-positive scale range or bad options.</exception>
    public static IReadOnlyList<JudgeFinding> Flag(
        IReadOnlyList<FavouritismEstimate> estimates, double scaleRange, FavouritismOptions? options = null, ElementNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        if (!(scaleRange > 0) || double.IsInfinity(scaleRange))
        {
            throw new ArgumentOutOfRangeException(nameof(scaleRange), scaleRange, "The scale range must be positive and finite.");
        }

        options = Check(options);
        names ??= ElementNames.Indices;
        var practical = options.PracticalShare * scaleRange;
        var level = options.Alpha / (options.FamilySize > 0 ? options.FamilySize : Math.Max(1, estimates.Count));
        var findings = new List<JudgeFinding>();
        foreach (var e in estimates.Where(e => e.PValue < level && e.Bonus > practical))
        {
            var z = e.StandardError > 0 ? e.Bonus / e.StandardError : double.PositiveInfinity;
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Judge {names.Judge(e.Judge)} marks his {e.Affiliated} affiliated projects {e.Bonus:0.0} points above the other judges, relative to his other {e.Unaffiliated} (95 % CI {e.Lower:0.0} to {e.Upper:0.0}; permutation p = {e.PValue:0.0000}, limit {level:0.0000}).");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(e.Judge)}对其关联的{e.Affiliated}个项目比其他评委多给{e.Bonus:0.0}分（置信区间{e.Lower:0.0}至{e.Upper:0.0}；置换检验p = {e.PValue:0.0000}），疑似偏袒。");
            findings.Add(new JudgeFinding(BiasKinds.Favoritism, e.Judge, e.Bonus, z, e.PValue,
                e.Bonus > 2 * practical ? AnomalyLevel.Error : AnomalyLevel.Warning, en, zh));
        }

        return findings;
    }

    /// <summary>
    /// The bonus pooled over all judges with at least one affiliated and one unaffiliated project (and four projects
    /// in all): the judges' coefficients weighted by the information Σ ra² of their affiliated flags.
    /// </summary>
    /// <param name="ratings">The marks (any number of panels; deviations are taken within project and criterion).</param>
    /// <param name="affiliated">Whether a (judge, project) pair is affiliated.</param>
    /// <param name="confidenceZ">Normal quantile of the confidence interval (1.96: 95 %).</param>
    /// <returns>The pooled bonus; NaN fields when no judge qualifies.</returns>
    public static PooledBonus Pool(IReadOnlyList<SeverityRating> ratings, Func<int, int, bool> affiliated, double confidenceZ = 1.96)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(affiliated);
        double sumW = 0, sumWb = 0, sumW2V = 0;
        int judges = 0, pairs = 0;
        foreach (var (judge, rows) in Deviations(ratings))
        {
            var own = rows.Select(r => r.Own).ToArray();
            var others = rows.Select(r => r.Others).ToArray();
            var labels = rows.Select(r => affiliated(judge, r.Project)).ToArray();
            var na = labels.Count(l => l);
            var nu = labels.Length - na;
            if (na < 1 || nu < 1 || na + nu < 4)
            {
                continue;
            }

            var (bonus, se, w, _) = Regression(own, others, labels);
            if (!(w > 0) || !double.IsFinite(se))
            {
                continue;
            }

            sumW += w;
            sumWb += w * bonus;
            sumW2V += w * w * se * se;
            judges++;
            pairs += na;
        }

        if (judges == 0)
        {
            return new PooledBonus(double.NaN, double.NaN, double.NaN, double.NaN, 0, 0);
        }

        var pooled = sumWb / sumW;
        var pooledSe = Math.Sqrt(sumW2V) / sumW;
        return new PooledBonus(pooled, pooledSe, pooled - (confidenceZ * pooledSe), pooled + (confidenceZ * pooledSe), judges, pairs);
    }

    /// <summary>Per judge: (project, mean over criteria of the judge's marks, mean over criteria of the other judges' mean marks).</summary>
    private static Dictionary<int, List<(int Project, double Own, double Others)>> Deviations(IReadOnlyList<SeverityRating> ratings)
    {
        var cells = new Dictionary<(int Project, int Criterion), (double Sum, int Count)>();
        foreach (var r in ratings)
        {
            if (!double.IsFinite(r.Score))
            {
                throw new ArgumentException("Scores must be finite.", nameof(ratings));
            }

            var c = cells.GetValueOrDefault((r.Project, r.Criterion));
            cells[(r.Project, r.Criterion)] = (c.Sum + r.Score, c.Count + 1);
        }

        var perPair = new Dictionary<(int Judge, int Project), (double Own, double Others, int Count)>();
        foreach (var r in ratings)
        {
            var c = cells[(r.Project, r.Criterion)];
            if (c.Count < 2)
            {
                continue;
            }

            var others = (c.Sum - r.Score) / (c.Count - 1);
            var d = perPair.GetValueOrDefault((r.Judge, r.Project));
            perPair[(r.Judge, r.Project)] = (d.Own + r.Score, d.Others + others, d.Count + 1);
        }

        var result = new Dictionary<int, List<(int Project, double Own, double Others)>>();
        foreach (var ((judge, project), (own, others, count)) in perPair.OrderBy(kv => kv.Key))
        {
            if (!result.TryGetValue(judge, out var list))
            {
                result[judge] = list = [];
            }

            list.Add((project, own / count, others / count));
        }

        return result;
    }

    /// <summary>
    /// Ordinary least squares of the judge's marks on [1, others' mean, affiliated]: the affiliated coefficient, its
    /// SE, the information Σ ra² of the affiliated flag residualised on [1, others' mean], and the residuals of the
    /// marks on [1, others' mean] (the null model whose labels are permuted).
    /// </summary>
    private static (double Bonus, double StandardError, double Information, double[] NullResiduals) Regression(double[] own, double[] others, bool[] labels)
    {
        var n = own.Length;
        var flags = labels.Select(l => l ? 1.0 : 0.0).ToArray();
        var rx = Residualise(own, others);
        var ra = Residualise(flags, others);
        double saa = 0, sxa = 0;
        for (var i = 0; i < n; i++)
        {
            saa += ra[i] * ra[i];
            sxa += rx[i] * ra[i];
        }

        if (!(saa > 1e-12))
        {
            return (double.NaN, double.NaN, 0, rx);
        }

        var bonus = sxa / saa;
        var rss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = rx[i] - (bonus * ra[i]);
            rss += e * e;
        }

        var se = n > 3 ? Math.Sqrt(rss / (n - 3) / saa) : double.NaN;
        return (bonus, se, saa, rx);
    }

    /// <summary>Residuals of y on [1, x] (on [1] alone when x does not vary).</summary>
    private static double[] Residualise(double[] y, double[] x)
    {
        var my = y.Average();
        var mx = x.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < y.Length; i++)
        {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }

        var slope = sxx > 1e-12 * (1 + (mx * mx)) ? sxy / sxx : 0;
        return [.. y.Select((v, i) => v - my - (slope * (x[i] - mx)))];
    }

    /// <summary>One-sided permutation p-value of the affiliated sum, (1 + #{≥ observed}) / (1 + permutations).</summary>
    private static double PermutationPValue(double[] values, bool[] labels, int permutations, int seed)
    {
        var na = labels.Count(l => l);
        var observed = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            observed += labels[i] ? values[i] : 0;
        }

        var tolerance = 1e-9 * (1 + values.Sum(Math.Abs));
        var random = new Random(seed);
        var pool = (double[])values.Clone();
        var exceed = 0;
        for (var b = 0; b < permutations; b++)
        {
            var sum = 0.0;
            for (var i = 0; i < na; i++)
            {
                var k = random.Next(i, pool.Length);
                (pool[i], pool[k]) = (pool[k], pool[i]);
                sum += pool[i];
            }

            if (sum >= observed - tolerance)
            {
                exceed++;
            }
        }

        return (1.0 + exceed) / (1.0 + permutations);
    }

    private static FavouritismOptions Check(FavouritismOptions? options)
    {
        options ??= FavouritismOptions.Default;
        if (options.Permutations < 1 || !(options.Alpha is > 0 and < 1) || !(options.PracticalShare >= 0)
            || options.MinAffiliated < 1 || options.MinUnaffiliated < 1 || !(options.ConfidenceZ >= 0) || options.FamilySize < 0)
        {
            throw new ArgumentException("Bad favouritism options.", nameof(options));
        }

        return options;
    }
}
