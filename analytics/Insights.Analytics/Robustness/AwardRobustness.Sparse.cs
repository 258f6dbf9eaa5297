using Insights.Analytics.Severity;

namespace Insights.Analytics.Robustness;

/// <content>
/// Incomplete designs: each project scored by a few judges of a larger pool (an outside competition's first round,
/// five experts of a hundred per project; the notice's written review).
/// </content>
public static partial class AwardRobustness
{
    /// <summary>
    /// The incomplete-design counterpart of the complete panel's analysis. Bootstrap: each resample gives every judge of
    /// the pool a Poisson(1) multiplicity (the Poisson bootstrap, Hanley and MacGibbon 2006: for a pool of tens of judges
    /// it behaves as drawing the pool with replacement), so a judge drawn twice counts twice in every project he scored
    /// and a harsh judge stays shared; a project none of whose judges was drawn draws its own judges with replacement.
    /// Deviations from the project's mean are widened by √(k/(k − 1)) for its k judges, as for a complete panel.
    /// Certificate: the judges whose removal (one at a time; a project keeps at least two judges) changes a project's
    /// tier, and the smallest change of one of the project's own marks that changes it (a change of another project's
    /// mark, which moves only that project, is not searched: see docs/methods/robustness.md).
    /// </summary>
    private static AwardRobustnessResult AnalyzeSparse(
        IReadOnlyList<SeverityRating> ratings, IReadOnlyList<double> weights, TierRule rule, List<(int Judge, double Total, double Weight)>[] cells,
        int judges, SeverityFit? fit, AwardRobustnessOptions options, ElementNames names, IReadOnlyList<CriterionScale>? scales)
    {
        var projects = cells.Length;
        var scores = new double[projects];
        var buffer = new double[cells.Max(c => c.Count)];
        for (var p = 0; p < projects; p++)
        {
            var span = buffer.AsSpan(0, cells[p].Count);
            for (var k = 0; k < span.Length; k++)
            {
                span[k] = cells[p][k].Total;
            }

            scores[p] = PanelTotals.Aggregate(span, rule.TrimExtremes);
        }

        var tiers = rule.Assign(scores);
        var (keep, awarded) = SparseBootstrap(cells, judges, tiers, rule, options);
        scales ??= ObservedScales(ratings, weights.Count);
        var margins = SparseMargins.Compute(ratings, weights, scales, rule, cells, scores, tiers);
        return Assemble(ratings, weights, rule, cells, fit, options, names, keep, awarded, scores, tiers, margins);
    }

    private static (double[] Keep, double[] Awarded) SparseBootstrap(
        List<(int Judge, double Total, double Weight)>[] cells, int judges, int[] tiers, TierRule rule, AwardRobustnessOptions options)
    {
        var projects = cells.Length;
        var random = new Random(options.Seed);
        var weight = new int[judges];
        var keep = new double[projects];
        var awarded = new double[projects];
        var replicate = new double[projects];
        var column = new List<double>();
        var centre = cells.Select(c => c.Average(x => x.Total)).ToArray();
        for (var b = 0; b < options.Resamples; b++)
        {
            for (var j = 0; j < judges; j++)
            {
                weight[j] = Poisson1(random);
            }

            for (var p = 0; p < projects; p++)
            {
                var cell = cells[p];
                var k = cell.Count;
                var inflate = options.RescaleDeviations && k > 1 ? Math.Sqrt(k / (k - 1.0)) : 1.0;
                column.Clear();
                foreach (var (judge, total, _) in cell)
                {
                    for (var w = 0; w < weight[judge]; w++)
                    {
                        column.Add(centre[p] + (inflate * (total - centre[p])));
                    }
                }

                if (column.Count == 0)
                {
                    for (var d = 0; d < k; d++)
                    {
                        column.Add(centre[p] + (inflate * (cell[random.Next(k)].Total - centre[p])));
                    }
                }

                var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(column);
                replicate[p] = PanelTotals.Aggregate(span, rule.TrimExtremes);
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
            keep[p] /= options.Resamples;
            awarded[p] /= options.Resamples;
        }

        return (keep, awarded);
    }

    /// <summary>A Poisson(1) draw by inversion (Knuth): the multiplicity of one judge in one resample.</summary>
    private static int Poisson1(Random random)
    {
        var limit = Math.Exp(-1);
        var k = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            k++;
            product *= random.NextDouble();
        }

        return k;
    }
}
