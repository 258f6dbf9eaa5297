using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Robustness;

/// <summary>
/// The probability that a fresh panel, new judges drawn from the same population, gives a project its tier again.
/// The judge bootstrap (<see cref="AwardRobustness"/>) resamples the panel that picked the tiers, so it shares the noise
/// that picked them and is optimistic (a predicted 0.7 held about 55 % of the time, docs/methods/robustness.md). Here
/// the noise is modelled instead: (1) a population of judges is estimated from every complete panel of the season
/// (<see cref="Estimate"/>: level, slope and noise of each judge by regression on the panel's project means, pooled
/// across tracks); (2) each project's level is shrunk towards the panel's centre by empirical Bayes (the winner's curse:
/// a top project was picked partly for its luck); (3) fresh panels of the same size are simulated, the exact award rule
/// applied (<see cref="TierRule"/>, trimmed mean and quotas), and the tiers counted.
/// </summary>
public static class FreshPanel
{
    /// <summary>
    /// Estimates the judge population from complete panels. Per panel (J ≥ 3 judges, P ≥ 4 projects): project means
    /// m_p and centres c_p = m_p − m̄; per judge the least-squares line y_jp = a_j + β_j c_p with residual variance
    /// s_j² = RSS / (P − 2) × J / (J − 1) (the centre holds 1/J of his own noise, which the line absorbs: for equal
    /// noise E[RSS / (P − 2)] ≈ σ²(1 − 1/J)). Then within each panel τ² = var_j(a_j) − mean(s²) / P and
    /// ω² = var_j(β_j) − mean(s²) / Σc_p² (method of moments, floored at 0), averaged over panels with weights J − 1.
    /// </summary>
    /// <param name="panels">Judges × projects matrices of totals, all on one scale.</param>
    /// <returns>The population; empty (no panels, zero variances, no noise SDs) when no panel is large enough.</returns>
    /// <exception cref="ArgumentException">A matrix with a non-finite total.</exception>
    public static PanelPopulation Estimate(IEnumerable<double[,]> panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        double tau = 0, omega = 0, weight = 0;
        var noise = new List<double>();
        var count = 0;
        foreach (var totals in panels)
        {
            ArgumentNullException.ThrowIfNull(totals);
            int judges = totals.GetLength(0), projects = totals.GetLength(1);
            if (judges < 3 || projects < 4)
            {
                continue;
            }

            var (levels, slopes, variances, sxx) = Lines(totals);
            var meanNoise = variances.Average();
            tau += (judges - 1) * Math.Max(0, Variance(levels) - (meanNoise / projects));
            omega += (judges - 1) * Math.Max(0, sxx > 0 ? Variance(slopes) - (meanNoise / sxx) : 0);
            weight += judges - 1;
            noise.AddRange(variances.Select(Math.Sqrt));
            count++;
        }

        return weight == 0 ? new PanelPopulation(0, 0, [], 0) : new PanelPopulation(tau / weight, omega / weight, noise, count);
    }

    /// <summary>
    /// Simulates fresh panels for one complete panel. Project p's level given the panel: normal with mean
    /// m̄ + B_p c_p and variance B_p v_p, where v_p = (σ̄² + ω² c_p²) / J is the error of its mean (σ̄² the population's
    /// mean noise variance), v_μ = var_p(m_p) − mean(v_p) the spread of the projects' levels (floored at 1 % of var_p(m_p))
    /// and B_p = v_μ / (v_μ + v_p). Each draw: every project a level μ_p from that distribution; J new judges with level
    /// N(0, τ²), slope N(1, ω²) (floored at 0.1) and a noise SD drawn from the population's; total_jp = m̄ + level_j +
    /// slope_j (μ_p − m̄) + N(0, noise_j²); the rule's aggregate and tiers.
    /// </summary>
    /// <param name="totals">The panel's judges × projects totals, on the population's scale.</param>
    /// <param name="rule">The award rule (tier counts in rank order, trimmed mean or mean).</param>
    /// <param name="population">The judge population (<see cref="Estimate"/>).</param>
    /// <param name="draws">Fresh panels to simulate.</param>
    /// <param name="seed">Seed of the simulation (same seed, same output).</param>
    /// <returns>Per project its tier and its chances.</returns>
    /// <exception cref="ArgumentException">Fewer than two judges or projects, an empty population, or fewer than one draw.</exception>
    public static IReadOnlyList<FreshPanelOdds> Predict(double[,] totals, TierRule rule, PanelPopulation population, int draws, int seed)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(draws);
        int judges = totals.GetLength(0), projects = totals.GetLength(1);
        if (judges < 2 || projects < 2)
        {
            throw new ArgumentException("A fresh panel needs a panel of at least two judges and two projects.", nameof(totals));
        }

        if (population.NoiseSds.Count == 0)
        {
            throw new ArgumentException("The judge population is empty: no complete panel was large enough to estimate it.", nameof(population));
        }

        var means = new double[projects];
        var column = new double[judges];
        var scores = new double[projects];
        for (var p = 0; p < projects; p++)
        {
            for (var j = 0; j < judges; j++)
            {
                column[j] = totals[j, p];
                means[p] += totals[j, p] / judges;
            }

            scores[p] = PanelTotals.Aggregate(column, rule.TrimExtremes);
        }

        var tiers = rule.Assign(scores);
        var centre = means.Average();
        var errors = means.Select(m => (population.NoiseVariance + (population.ScaleVariance * (m - centre) * (m - centre))) / judges).ToArray();
        var spread = Variance(means);
        var levels = Math.Max(0.01 * spread, spread - errors.Average());
        var postMean = new double[projects];
        var postSd = new double[projects];
        for (var p = 0; p < projects; p++)
        {
            var shrink = levels / (levels + errors[p]);
            postMean[p] = centre + (shrink * (means[p] - centre));
            postSd[p] = Math.Sqrt(shrink * errors[p]);
        }

        var random = new Random(seed);
        var keep = new double[projects];
        var awarded = new double[projects];
        var mu = new double[projects];
        var (judgeLevel, judgeSlope, judgeNoise) = (new double[judges], new double[judges], new double[judges]);
        var (tau, omega) = (Math.Sqrt(population.SeverityVariance), Math.Sqrt(population.ScaleVariance));
        for (var d = 0; d < draws; d++)
        {
            for (var p = 0; p < projects; p++)
            {
                mu[p] = postMean[p] + (postSd[p] * Normal.Sample(random, 0, 1));
            }

            for (var j = 0; j < judges; j++)
            {
                judgeLevel[j] = tau * Normal.Sample(random, 0, 1);
                judgeSlope[j] = Math.Max(0.1, 1 + (omega * Normal.Sample(random, 0, 1)));
                judgeNoise[j] = population.NoiseSds[random.Next(population.NoiseSds.Count)];
            }

            for (var p = 0; p < projects; p++)
            {
                for (var j = 0; j < judges; j++)
                {
                    column[j] = centre + judgeLevel[j] + (judgeSlope[j] * (mu[p] - centre)) + (judgeNoise[j] * Normal.Sample(random, 0, 1));
                }

                scores[p] = PanelTotals.Aggregate(column, rule.TrimExtremes);
            }

            var again = rule.Assign(scores);
            for (var p = 0; p < projects; p++)
            {
                keep[p] += again[p] == tiers[p] ? 1 : 0;
                awarded[p] += again[p] >= 0 ? 1 : 0;
            }
        }

        return [.. Enumerable.Range(0, projects).Select(p => new FreshPanelOdds(p, tiers[p], keep[p] / draws, awarded[p] / draws, postMean[p], postSd[p]))];
    }

    /// <summary>Per judge: level a_j, slope β_j, corrected residual variance s_j²; and Σc_p².</summary>
    private static (double[] Levels, double[] Slopes, double[] Variances, double Sxx) Lines(double[,] totals)
    {
        int judges = totals.GetLength(0), projects = totals.GetLength(1);
        var centres = new double[projects];
        for (var p = 0; p < projects; p++)
        {
            for (var j = 0; j < judges; j++)
            {
                if (!double.IsFinite(totals[j, p]))
                {
                    throw new ArgumentException($"The total of judge {j} for project {p} is not a number.", nameof(totals));
                }

                centres[p] += totals[j, p] / judges;
            }
        }

        var grand = centres.Average();
        for (var p = 0; p < projects; p++)
        {
            centres[p] -= grand;
        }

        var sxx = centres.Sum(c => c * c);
        var (levels, slopes, variances) = (new double[judges], new double[judges], new double[judges]);
        for (var j = 0; j < judges; j++)
        {
            var mean = 0.0;
            for (var p = 0; p < projects; p++)
            {
                mean += totals[j, p] / projects;
            }

            var sxy = 0.0;
            for (var p = 0; p < projects; p++)
            {
                sxy += centres[p] * (totals[j, p] - mean);
            }

            var slope = sxx > 0 ? sxy / sxx : 1;
            var rss = 0.0;
            for (var p = 0; p < projects; p++)
            {
                var e = totals[j, p] - mean - (slope * centres[p]);
                rss += e * e;
            }

            (levels[j], slopes[j], variances[j]) = (mean, slope, rss / (projects - 2) * judges / (judges - 1.0));
        }

        return (levels, slopes, variances, sxx);
    }

    private static double Variance(double[] values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }
}
