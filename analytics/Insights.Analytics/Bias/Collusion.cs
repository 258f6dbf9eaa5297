using System.Globalization;
using Insights.Analytics.Anomalies;
using Insights.Analytics.Severity;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Bias;

/// <summary>
/// Collusion: pairs of judges whose marks agree far beyond what the severity model explains. For each pair with at
/// least k common projects, the Pearson correlation of their residuals (mark − criterion effect − project BLUP −
/// judge BLUP) over the common project-criteria is compared with the distribution of pair correlations in the unit
/// (robust z) and tested against the median pair correlation with Fisher's z on the number of common projects.
/// </summary>
public static class Collusion
{
    /// <summary>Examines every pair of judges with at least <see cref="CollusionOptions.MinCommonProjects"/> common projects.</summary>
    /// <param name="ratings">The marks of one analysis unit (the ratings <paramref name="fit"/> was fitted on).</param>
    /// <param name="fit">The severity model fit of the unit.</param>
    /// <param name="options">Settings; <see cref="CollusionOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges, projects and criteria for the evidence text; indices when null.</param>
    /// <returns>Every examined pair, ordered by (JudgeA, JudgeB); flagged pairs carry <see cref="JudgePairFinding.Flagged"/>.</returns>
    /// <exception cref="ArgumentException">Bad options, or ratings outside the fit.</exception>
    public static IReadOnlyList<JudgePairFinding> Examine(IReadOnlyList<SeverityRating> ratings, SeverityFit fit, CollusionOptions? options = null, ElementNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(fit);
        options ??= CollusionOptions.Default;
        names ??= ElementNames.Indices;
        if (options.MinCommonProjects < 4 || !(options.RobustZ >= 0) || !(options.Alpha is > 0 and < 1))
        {
            throw new ArgumentException("Bad collusion options (at least 4 common projects, non-negative z, alpha in (0, 1)).", nameof(options));
        }

        var byJudge = new Dictionary<int, Dictionary<(int Project, int Criterion), (double Score, double Residual)>>();
        foreach (var r in ratings)
        {
            if (r.Judge < 0 || r.Judge >= fit.Judges.Count || r.Project < 0 || r.Project >= fit.Projects.Count
                || r.Criterion < 0 || r.Criterion >= fit.FixedEffects.Count)
            {
                throw new ArgumentException("A rating lies outside the fitted design.", nameof(ratings));
            }

            var expected = fit.FixedEffects[0].Estimate + (r.Criterion > 0 ? fit.FixedEffects[r.Criterion].Estimate : 0)
                + fit.Projects[r.Project].ConditionalMode + fit.Judges[r.Judge].ConditionalMode;
            if (!byJudge.TryGetValue(r.Judge, out var cells))
            {
                byJudge[r.Judge] = cells = [];
            }

            cells[(r.Project, r.Criterion)] = (r.Score, r.Score - expected);
        }

        var judges = byJudge.Keys.Order().ToArray();
        var partners = Partners(judges, byJudge, fit.Projects.Count, options.MinCommonProjects);
        var raw = new List<(int A, int B, int Projects, double R, double Mad)>();
        for (var i = 0; i < judges.Length; i++)
        {
            var a = byJudge[judges[i]];
            foreach (var k in partners[i])
            {
                var b = byJudge[judges[k]];
                var common = a.Keys.Where(b.ContainsKey).ToList();
                var projects = common.Select(c => c.Project).Distinct().Count();
                if (projects < options.MinCommonProjects)
                {
                    continue;
                }

                var r = Correlation(common.Select(c => a[c].Residual).ToArray(), common.Select(c => b[c].Residual).ToArray());
                var mad = common.Average(c => Math.Abs(a[c].Score - b[c].Score));
                if (double.IsFinite(r))
                {
                    raw.Add((judges[i], judges[k], projects, r, mad));
                }
            }
        }

        if (raw.Count == 0)
        {
            return [];
        }

        var median = Median(raw.Select(x => x.R));
        var spread = 1.4826 * Median(raw.Select(x => Math.Abs(x.R - median)));
        var medianMad = Median(raw.Select(x => x.Mad));
        var bonferroni = options.Alpha / raw.Count;
        var clampedMedian = Math.Clamp(median, -0.999999, 0.999999);
        var result = new List<JudgePairFinding>(raw.Count);
        foreach (var (a, b, projects, r, mad) in raw)
        {
            var robust = spread > 0 ? (r - median) / spread : (r > median ? double.PositiveInfinity : 0);
            var fisher = (Math.Atanh(Math.Clamp(r, -0.999999, 0.999999)) - Math.Atanh(clampedMedian)) * Math.Sqrt(projects - 3);
            var p = Normal.CDF(0, 1, -fisher);
            var flagged = robust > options.RobustZ && p < bonferroni;
            var level = robust > 2 * options.RobustZ ? AnomalyLevel.Error : AnomalyLevel.Warning;
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Judges {names.Judge(a)} and {names.Judge(b)} agree beyond the model on {projects} common projects: residual correlation {r:0.00} against a median pair {median:0.00} (robust z = {robust:0.0}, Fisher p = {p:0.0e0}); mean absolute difference {mad:0.0} points against {medianMad:0.0}.");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(a)}与评委{names.Judge(b)}在{projects}个共同项目上的残差相关为{r:0.00}（本组中位数{median:0.00}，稳健z = {robust:0.0}），平均分差{mad:0.0}分（中位数{medianMad:0.0}），疑似互相抄分。");
            result.Add(new JudgePairFinding(BiasKinds.Collusion, a, b, projects, r, mad, robust, fisher, p, flagged, level, en, zh));
        }

        return result;
    }

    /// <summary>
    /// The residual correlation at which each examined pair would be flagged with the given power, on Fisher's scale
    /// (SE 1 / √(n − 3), n common projects): z* = max(atanh(median + z_thr · s) + z(power) / √(n − 3),
    /// atanh(median) + (z(1 − α/P) + z(power)) / √(n − 3)), r* = tanh z*, with the unit's median pair correlation,
    /// its robust spread s and P examined pairs, as in <see cref="Examine"/>. A copier who keeps his partner's marks
    /// plus noise of SD c, where the model's residual SD is σ, has a residual correlation of about σ / √(σ² + c²).
    /// </summary>
    /// <param name="examined">Every pair from <see cref="Examine"/> of one unit.</param>
    /// <param name="options">Settings; <see cref="CollusionOptions.Default"/> when null.</param>
    /// <param name="power">The power, in (0, 1).</param>
    /// <returns>r* per pair, aligned with <paramref name="examined"/>; 1 when no correlation below 1 would be found.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Power outside (0, 1).</exception>
    public static IReadOnlyList<double> MinimumDetectable(IReadOnlyList<JudgePairFinding> examined, CollusionOptions? options = null, double power = 0.8)
    {
        ArgumentNullException.ThrowIfNull(examined);
        options ??= CollusionOptions.Default;
        if (!(power is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(power), power, "Power must lie in (0, 1).");
        }

        if (examined.Count == 0)
        {
            return [];
        }

        var median = Median(examined.Select(x => x.Correlation));
        var spread = 1.4826 * Median(examined.Select(x => Math.Abs(x.Correlation - median)));
        var zPower = Normal.InvCDF(0, 1, power);
        var zLevel = Normal.InvCDF(0, 1, 1 - (options.Alpha / examined.Count));
        var robust = median + (options.RobustZ * spread);
        return [.. examined.Select(x =>
        {
            var se = 1 / Math.Sqrt(x.CommonProjects - 3);
            if (robust >= 1)
            {
                return 1.0;
            }

            var z = Math.Max(Math.Atanh(robust) + (zPower * se), Math.Atanh(Math.Clamp(median, -0.999999, 0.999999)) + ((zLevel + zPower) * se));
            return Math.Tanh(z);
        })];
    }

    /// <summary>The flagged pairs of <see cref="Examine"/>.</summary>
    /// <param name="ratings">The marks of one analysis unit.</param>
    /// <param name="fit">The severity model fit of the unit.</param>
    /// <param name="options">Settings; <see cref="CollusionOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges, projects and criteria for the evidence text; indices when null.</param>
    /// <returns>The flagged pairs, ordered by (JudgeA, JudgeB).</returns>
    public static IReadOnlyList<JudgePairFinding> Detect(IReadOnlyList<SeverityRating> ratings, SeverityFit fit, CollusionOptions? options = null, ElementNames? names = null) =>
        [.. Examine(ratings, fit, options, names).Where(f => f.Flagged)];

    /// <summary>
    /// Per judge (by position in <paramref name="judges"/>), the later judges who scored at least
    /// <paramref name="minCommon"/> of the same projects, ascending. Counted from each project's judges, so the work
    /// follows the pairs that share projects, not all pairs: in a written review of many small groups almost no pair
    /// of the unit shares a project. A pair sharing a project need not share a project-criterion cell, so this is a
    /// superset of the pairs <see cref="Examine"/> keeps, which still counts the common cells itself.
    /// </summary>
    private static List<int>[] Partners(
        int[] judges, Dictionary<int, Dictionary<(int Project, int Criterion), (double Score, double Residual)>> byJudge, int projects, int minCommon)
    {
        var judgesOf = new List<int>?[projects];
        var seen = new int[projects];
        for (var i = 0; i < judges.Length; i++)
        {
            foreach (var (project, _) in byJudge[judges[i]].Keys)
            {
                if (seen[project] == i + 1)
                {
                    continue;
                }

                seen[project] = i + 1;
                (judgesOf[project] ??= []).Add(i);
            }
        }

        var shared = new Dictionary<int, int>[judges.Length];
        for (var i = 0; i < judges.Length; i++)
        {
            shared[i] = [];
        }

        foreach (var list in judgesOf)
        {
            if (list is null)
            {
                continue;
            }

            for (var x = 0; x < list.Count; x++)
            {
                var counts = shared[list[x]];
                for (var y = x + 1; y < list.Count; y++)
                {
                    counts[list[y]] = counts.GetValueOrDefault(list[y]) + 1;
                }
            }
        }

        var partners = new List<int>[judges.Length];
        for (var i = 0; i < judges.Length; i++)
        {
            partners[i] = [.. shared[i].Where(c => c.Value >= minCommon).Select(c => c.Key).Order()];
        }

        return partners;
    }

    private static double Correlation(double[] x, double[] y)
    {
        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }
}
