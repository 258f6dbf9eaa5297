using System.Globalization;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Robustness;

/// <summary>
/// How robust a panel's award tiers are to the choice of its judges: a seeded nonparametric bootstrap over judges
/// within the panel (Efron and Tibshirani 1993), and the tier changes that severity calibration would make.
/// </summary>
public static class AwardRobustness
{
    /// <summary>
    /// Resamples the panel's J judges with replacement B times; in every resample each project's final score is
    /// recomputed from the totals of the drawn judges (a judge drawn twice counts twice) by the rule's aggregate,
    /// projects are ranked and tiers assigned by <paramref name="rule"/>. Reports per project the share of resamples
    /// in which it keeps its tier and in which it gets any tier, an <see cref="RobustnessKinds.AwardUnstable"/>
    /// finding for each awarded project whose share of keeping its tier is below the threshold, and the projects
    /// whose tier the fair (severity-adjusted) ranking would change.
    /// </summary>
    /// <param name="ratings">The panel's marks with dense zero-based indices; the panel must be complete (every
    /// judge scores every project).</param>
    /// <param name="weights">Rubric weight per criterion index.</param>
    /// <param name="rule">Tier counts in rank order and the aggregate (mean or trimmed mean).</param>
    /// <param name="fit">The severity fit for the calibration; fitted to <paramref name="ratings"/> when null.</param>
    /// <param name="options">Bootstrap settings; <see cref="AwardRobustnessOptions.Default"/> when null.</param>
    /// <param name="names">Names of the panel's projects for the evidence text; indices when null.</param>
    /// <returns>The per-project stability, the findings, the calibration changes and the fair scores.</returns>
    /// <exception cref="ArgumentException">Invalid ratings or weights, an incomplete panel, a negative tier count,
    /// or fewer than one resample.</exception>
    public static AwardRobustnessResult Analyze(
        IReadOnlyList<SeverityRating> ratings,
        IReadOnlyList<double> weights,
        TierRule rule,
        SeverityFit? fit = null,
        AwardRobustnessOptions? options = null,
        ElementNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(rule.Counts);
        options ??= AwardRobustnessOptions.Default;
        names ??= ElementNames.Indices;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Resamples, nameof(options));
        if (!(options.Threshold is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The threshold must lie in [0, 1].");
        }

        foreach (var count in rule.Counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(rule));
        }

        var cells = PanelTotals.Cells(ratings, weights, out var judges);
        var projects = cells.Length;
        var totals = new double[judges, projects];
        for (var p = 0; p < projects; p++)
        {
            if (cells[p].Count != judges)
            {
                throw new ArgumentException("The panel must be complete: every judge scores every project.", nameof(ratings));
            }

            foreach (var (judge, total, _) in cells[p])
            {
                totals[judge, p] = total;
            }
        }

        var (keep, awarded, scores, tiers) = Bootstrap(totals, rule, options.Resamples, options.Seed);
        var ranks = PanelTotals.Ranks(scores);
        fit ??= SeverityModel.Fit(ratings);
        var fair = FairScores.Compute(ratings, weights, fit, rule.TrimExtremes);
        var calibrated = rule.Assign([.. fair.Select(f => f.Fair)]);

        var stability = new ProjectAwardStability[projects];
        var findings = new List<AwardFinding>();
        var changes = new List<ProjectAwardStability>();
        for (var p = 0; p < projects; p++)
        {
            stability[p] = new ProjectAwardStability(p, scores[p], ranks[p], tiers[p], calibrated[p], keep[p], awarded[p]);
            if (tiers[p] >= 0 && keep[p] < options.Threshold)
            {
                findings.Add(new AwardFinding(
                    RobustnessKinds.AwardUnstable,
                    p,
                    tiers[p],
                    keep[p],
                    options.Threshold,
                    string.Create(CultureInfo.InvariantCulture, $"project {names.Project(p)} keeps tier {tiers[p] + 1} in only {keep[p]:P1} of {options.Resamples} judge resamples (threshold {options.Threshold:P0})"),
                    string.Create(CultureInfo.InvariantCulture, $"项目{names.Project(p)}在{options.Resamples}次评委重抽样中仅{keep[p]:P1}保持第{tiers[p] + 1}档奖项（阈值{options.Threshold:P0}）")));
            }

            if (calibrated[p] != tiers[p])
            {
                changes.Add(stability[p]);
            }
        }

        return new AwardRobustnessResult(stability, findings, changes, fair, options.Resamples, options.Seed);
    }

    /// <summary>
    /// The judge bootstrap on a complete judges × projects matrix of totals.
    /// </summary>
    /// <param name="totals">Weighted total of judge j for project p.</param>
    /// <param name="rule">Tier counts and aggregate.</param>
    /// <param name="resamples">Number of resamples B.</param>
    /// <param name="seed">Seed of <see cref="Random"/> (its seeded algorithm is fixed, so results are reproducible).</param>
    /// <returns>Per project the probabilities of keeping the tier and of any tier, the panel's scores and tiers.</returns>
    internal static (double[] Keep, double[] Awarded, double[] Scores, int[] Tiers) Bootstrap(
        double[,] totals, TierRule rule, int resamples, int seed)
    {
        int judges = totals.GetLength(0), projects = totals.GetLength(1);
        var column = new double[judges];
        var scores = new double[projects];
        for (var p = 0; p < projects; p++)
        {
            for (var j = 0; j < judges; j++)
            {
                column[j] = totals[j, p];
            }

            scores[p] = PanelTotals.Aggregate(column, rule.TrimExtremes);
        }

        var tiers = rule.Assign(scores);
        var keep = new double[projects];
        var awarded = new double[projects];
        var random = new Random(seed);
        var draw = new int[judges];
        var replicate = new double[projects];
        for (var b = 0; b < resamples; b++)
        {
            for (var k = 0; k < judges; k++)
            {
                draw[k] = random.Next(judges);
            }

            for (var p = 0; p < projects; p++)
            {
                for (var k = 0; k < judges; k++)
                {
                    column[k] = totals[draw[k], p];
                }

                replicate[p] = PanelTotals.Aggregate(column, rule.TrimExtremes);
            }

            var again = rule.Assign(replicate);
            for (var p = 0; p < projects; p++)
            {
                keep[p] += again[p] == tiers[p] ? 1 : 0;
                awarded[p] += again[p] >= 0 ? 1 : 0;
            }
        }

        for (var p = 0; p < projects; p++)
        {
            keep[p] /= resamples;
            awarded[p] /= resamples;
        }

        return (keep, awarded, scores, tiers);
    }
}
