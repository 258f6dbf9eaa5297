using System.Globalization;
using Insights.Analytics.Anomalies;
using Insights.Analytics.Severity;
using Insights.Analytics.Testing;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Bias;

/// <summary>
/// Favouritism: does a judge mark projects he is affiliated with (same unit, same city, same country) above the other
/// judges of those projects? One least-squares model per unit on the judges' criterion-averaged marks,
/// y_jp = a_p + s_j + b_j·A_jp + e_jp, with the project as a fixed effect a_p (its quality, whatever it is), the
/// judge's severity s_j and one bonus b_j per judge with affiliated projects, so that the bonus is a contrast within
/// projects and project quality cannot leak into it. Each judge's b_j is tested by permuting his affiliated labels
/// among his projects on the residuals of the model without b_j (one-sided).
/// </summary>
public static class Favouritism
{
    /// <summary>
    /// Estimates the bonus of every judge with at least one affiliated project; those with enough affiliated and
    /// unaffiliated projects (and an estimable bonus) are tested.
    /// </summary>
    /// <param name="ratings">The marks of one analysis unit.</param>
    /// <param name="affiliated">Whether a (judge, project) pair is affiliated.</param>
    /// <param name="options">Settings; <see cref="FavouritismOptions.Default"/> when null.</param>
    /// <returns>One estimate per judge with an affiliated project, in judge order (untested ones with
    /// <see cref="FavouritismEstimate.Tested"/> false and no p-value).</returns>
    /// <exception cref="ArgumentException">Bad options or a non-finite score.</exception>
    public static IReadOnlyList<FavouritismEstimate> Estimate(
        IReadOnlyList<SeverityRating> ratings, Func<int, int, bool> affiliated, FavouritismOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(affiliated);
        options = Check(options);
        var rows = JudgeProjectMeans(ratings);
        var raters = rows.GroupBy(r => r.Project).ToDictionary(g => g.Key, g => g.Count());
        var counts = rows.Where(r => raters[r.Project] >= 2).GroupBy(r => r.Judge).ToDictionary(
            g => g.Key, g => (Affiliated: g.Count(r => affiliated(g.Key, r.Project)), Unaffiliated: g.Count(r => !affiliated(g.Key, r.Project))));
        var withBonus = counts.Where(kv => kv.Value.Affiliated >= 1 && kv.Value.Unaffiliated >= 1).Select(kv => kv.Key).Order().ToList();
        var column = withBonus.Select((j, k) => (j, k)).ToDictionary(x => x.j, x => x.k);
        var judges = rows.Count == 0 ? 0 : rows.Max(r => r.Judge) + 1;
        var projects = rows.Select(r => r.Project).Distinct().Order().Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var fit = WithinProjectFit.Fit(
            [.. rows.Select(r => projects[r.Project])],
            [.. rows.Select(r => r.Judge)],
            [.. rows.Select(r => column.TryGetValue(r.Judge, out var k) && affiliated(r.Judge, r.Project) ? k : -1)],
            [.. rows.Select(r => r.Mark)],
            judges,
            withBonus.Count);
        var sigma = Math.Sqrt(fit.ResidualVariance);

        var estimates = new List<FavouritismEstimate>();
        foreach (var (judge, (na, nu)) in counts.Where(kv => kv.Value.Affiliated >= 1).OrderBy(kv => kv.Key))
        {
            if (!column.TryGetValue(judge, out var k) || !fit.Estimable(k))
            {
                estimates.Add(new FavouritismEstimate(judge, na, nu, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, false, double.NaN));
                continue;
            }

            var bonus = fit.Coefficients[judges + k];
            var se = sigma * Math.Sqrt(fit.VarianceFactor(k));
            var minimum = PermutationTest.MinimumPValue(na + nu, na, options.Permutations);
            var tested = na >= options.MinAffiliated && nu >= options.MinUnaffiliated;
            var p = double.NaN;
            if (tested)
            {
                // Residuals of the model without b_j on the judge's projects: r + b_j · (his flag residualised on
                // every other column), by Frisch–Waugh.
                var residualised = fit.Residualised(k);
                var mine = rows.Select((r, i) => (r, i)).Where(x => x.r.Judge == judge && raters[x.r.Project] >= 2).ToList();
                var values = mine.Select(x => fit.Residuals[x.i] + (bonus * residualised[x.i])).ToArray();
                var labels = mine.Select(x => affiliated(judge, x.r.Project)).ToArray();
                p = PermutationTest.PValue(values, labels, options.Permutations, options.Seed + judge);
            }

            estimates.Add(new FavouritismEstimate(judge, na, nu, bonus, se, bonus - (options.ConfidenceZ * se), bonus + (options.ConfidenceZ * se), p, tested, minimum));
        }

        return estimates;
    }

    /// <summary>Estimates and flags in one call (Benjamini-Hochberg over the judges tested in the call).</summary>
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
    /// The findings among estimates already made: a judge is flagged when his Benjamini-Hochberg adjusted p-value is
    /// at most <see cref="FavouritismOptions.Alpha"/> and his bonus exceeds the practical share of the scale (error
    /// beyond twice that). The adjusted p-values are the caller's when given (a season testing many units adjusts
    /// over all of them), else adjusted over the tested judges of <paramref name="estimates"/>.
    /// </summary>
    /// <param name="estimates">The estimates of one unit, from <see cref="Estimate"/>.</param>
    /// <param name="scaleRange">The criterion scale range in score points (100 for 0-100 marks).</param>
    /// <param name="options">Settings; <see cref="FavouritismOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges for the evidence text; indices when null.</param>
    /// <param name="adjusted">Per estimate, its adjusted p-value (NaN for untested ones); null to adjust here.</param>
    /// <returns>One <see cref="BiasKinds.Favoritism"/> finding per flagged judge, in the estimates' order.</returns>
    /// <exception cref="ArgumentException">A non-positive scale range, bad options or adjusted p-values of another length.</exception>
    public static IReadOnlyList<JudgeFinding> Flag(
        IReadOnlyList<FavouritismEstimate> estimates, double scaleRange, FavouritismOptions? options = null, ElementNames? names = null,
        IReadOnlyList<double>? adjusted = null)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        if (!(scaleRange > 0) || double.IsInfinity(scaleRange))
        {
            throw new ArgumentOutOfRangeException(nameof(scaleRange), scaleRange, "The scale range must be positive and finite.");
        }

        options = Check(options);
        names ??= ElementNames.Indices;
        adjusted ??= FalseDiscovery.Adjust([.. estimates.Select(e => e.Tested ? e.PValue : double.NaN)]);
        if (adjusted.Count != estimates.Count)
        {
            throw new ArgumentException("One adjusted p-value per estimate.", nameof(adjusted));
        }

        var practical = options.PracticalShare * scaleRange;
        var findings = new List<JudgeFinding>();
        for (var i = 0; i < estimates.Count; i++)
        {
            var e = estimates[i];
            if (!e.Tested || !(adjusted[i] <= options.Alpha) || !(e.Bonus > practical))
            {
                continue;
            }

            var z = e.StandardError > 0 ? e.Bonus / e.StandardError : double.PositiveInfinity;
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Judge {names.Judge(e.Judge)} marks his {e.Affiliated} affiliated projects {e.Bonus:0.0} points above what the same projects get from their other judges, relative to his other {e.Unaffiliated} (95 % CI {e.Lower:0.0} to {e.Upper:0.0}; permutation p = {e.PValue:0.0000}, Benjamini-Hochberg adjusted {adjusted[i]:0.0000} at q = {options.Alpha:0.00}).");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(e.Judge)}对其关联的{e.Affiliated}个项目比同一项目的其他评委多给{e.Bonus:0.0}分（相对其另外{e.Unaffiliated}个项目；置信区间{e.Lower:0.0}至{e.Upper:0.0}；置换检验p = {e.PValue:0.0000}，BH校正后{adjusted[i]:0.0000}，q = {options.Alpha:0.00}），疑似偏袒。");
            findings.Add(new JudgeFinding(BiasKinds.Favoritism, e.Judge, e.Bonus, z, e.PValue,
                e.Bonus > 2 * practical ? AnomalyLevel.Error : AnomalyLevel.Warning, en, zh));
        }

        return findings;
    }

    /// <summary>
    /// The minimum detectable bonus of an estimate: (z_{1-level} + z_{power}) × its standard error, the bonus a
    /// one-sided test at <paramref name="level"/> finds with the given power (normal approximation).
    /// </summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="level">One-sided level the judge's p-value must reach.</param>
    /// <param name="power">Power (0.8).</param>
    /// <returns>The bonus in score points; NaN when the bonus is not estimable.</returns>
    public static double MinimumDetectable(FavouritismEstimate estimate, double level, double power)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(level, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(power, 0);
        return double.IsFinite(estimate.StandardError)
            ? (Normal.InvCDF(0, 1, 1 - level) + Normal.InvCDF(0, 1, power)) * estimate.StandardError
            : double.NaN;
    }

    /// <summary>
    /// The bonus common to all judges, y = a_(project, criterion) + s_judge + b·affiliated + e over every mark, with
    /// a standard error clustered by project (CR1: the sandwich with G / (G − 1)), never below the model standard
    /// error σ̂ / √(Σ r_A²).
    /// </summary>
    /// <param name="ratings">The marks (any number of panels and criteria; the cell effect takes each project and
    /// criterion's level, so each criterion keeps its own scale).</param>
    /// <param name="affiliated">Whether a (judge, project) pair is affiliated.</param>
    /// <param name="confidenceZ">Normal quantile of the confidence interval (1.96: 95 %).</param>
    /// <returns>The pooled bonus; NaN fields when it is not estimable.</returns>
    public static PooledBonus Pool(IReadOnlyList<SeverityRating> ratings, Func<int, int, bool> affiliated, double confidenceZ = 1.96)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(affiliated);
        CheckFinite(ratings);
        var cells = new Dictionary<(int, int), int>();
        var cellOf = ratings.Select(r => cells.TryGetValue((r.Project, r.Criterion), out var c) ? c : cells[(r.Project, r.Criterion)] = cells.Count).ToArray();
        var size = new int[cells.Count];
        foreach (var c in cellOf)
        {
            size[c]++;
        }

        var flags = ratings.Select(r => affiliated(r.Judge, r.Project)).ToArray();
        var pairs = ratings.Where((r, i) => size[cellOf[i]] >= 2).Select((r, _) => (r.Judge, r.Project)).Distinct()
            .GroupBy(x => x.Judge).Select(g => (Affiliated: g.Count(x => affiliated(x.Judge, x.Project)), All: g.Count()))
            .Where(x => x.Affiliated >= 1 && x.Affiliated < x.All).ToList();
        var none = new PooledBonus(double.NaN, double.NaN, double.NaN, double.NaN, pairs.Count, pairs.Sum(x => x.Affiliated));
        if (pairs.Count == 0)
        {
            return none;
        }

        var fit = WithinProjectFit.Fit(cellOf, [.. ratings.Select(r => r.Judge)], [.. flags.Select(f => f ? 0 : -1)],
            [.. ratings.Select(r => r.Score)], ratings.Max(r => r.Judge) + 1, 1);
        if (!fit.Estimable(0))
        {
            return none;
        }

        var bonus = fit.Coefficients[^1];
        var ra = fit.Residualised(0);
        var information = ra.Sum(v => v * v);
        var byProject = new Dictionary<int, double>();
        for (var i = 0; i < ratings.Count; i++)
        {
            byProject[ratings[i].Project] = byProject.GetValueOrDefault(ratings[i].Project) + (ra[i] * fit.Residuals[i]);
        }

        var clusters = byProject.Count;
        var meat = byProject.Values.Sum(s => s * s) * clusters / Math.Max(1, clusters - 1);
        // The larger of the cluster-robust and the model SE: the sandwich is unreliable, and typically too small,
        // when the affiliated marks sit in a few projects (a final of 16 projects with 8 affiliated pairs gave 0.04
        // where the model says 0.2, and that unit then outweighed the whole season in the inverse-variance sum).
        var se = Math.Max(Math.Sqrt(meat) / information, Math.Sqrt(fit.ResidualVariance / information));
        return new PooledBonus(bonus, se, bonus - (confidenceZ * se), bonus + (confidenceZ * se), pairs.Count, pairs.Sum(x => x.Affiliated));
    }

    /// <summary>(judge, project, mean of the judge's marks over the criteria he gave the project), in key order.</summary>
    private static List<(int Judge, int Project, double Mark)> JudgeProjectMeans(IReadOnlyList<SeverityRating> ratings)
    {
        CheckFinite(ratings);
        var sums = new SortedDictionary<(int Judge, int Project), (double Sum, int Count)>();
        foreach (var r in ratings)
        {
            var s = sums.GetValueOrDefault((r.Judge, r.Project));
            sums[(r.Judge, r.Project)] = (s.Sum + r.Score, s.Count + 1);
        }

        return [.. sums.Select(kv => (kv.Key.Judge, kv.Key.Project, kv.Value.Sum / kv.Value.Count))];
    }

    private static void CheckFinite(IReadOnlyList<SeverityRating> ratings)
    {
        if (ratings.Any(r => !double.IsFinite(r.Score)))
        {
            throw new ArgumentException("Scores must be finite.", nameof(ratings));
        }
    }

    private static FavouritismOptions Check(FavouritismOptions? options)
    {
        options ??= FavouritismOptions.Default;
        if (options.Permutations < 1 || !(options.Alpha is > 0 and < 1) || !(options.PracticalShare >= 0)
            || options.MinAffiliated < 1 || options.MinUnaffiliated < 1 || !(options.ConfidenceZ >= 0)
            || !(options.MaterialShare > 0) || !(options.Power is > 0 and < 1))
        {
            throw new ArgumentException("Bad favouritism options.", nameof(options));
        }

        return options;
    }
}
