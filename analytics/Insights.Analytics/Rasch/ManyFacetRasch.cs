namespace Insights.Analytics.Rasch;

/// <summary>
/// Many-facet Rasch model, rating-scale form (Linacre's FACETS): projects (ability B_n), judges (severity C_j) and
/// criteria (difficulty D_i) with thresholds F_k shared by all ratings,
/// log(P_nijk / P_nij(k-1)) = B_n - C_j - D_i - F_k, categories 0..m. Estimated by joint maximum likelihood; judges
/// and criteria are centred at 0 and the thresholds sum to 0. See docs/methods/rasch.md.
/// </summary>
public static class ManyFacetRasch
{
    /// <summary>Fits the model.</summary>
    /// <param name="observations">The ratings; the scores must be integers, at least two distinct values.</param>
    /// <param name="projects">Number of projects; every index 0..projects-1 must be rated at least once.</param>
    /// <param name="judges">Number of judges; every index must appear.</param>
    /// <param name="criteria">Number of criteria; every index must appear.</param>
    /// <param name="options">Estimation settings; <see cref="RaschOptions.Default"/> when null.</param>
    /// <returns>Measures, standard errors, fit, separation, thresholds, Fair-M averages and convergence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1, an index is out of range, or an option is invalid.</exception>
    /// <exception cref="ArgumentException">
    /// An element has no rating, fewer than two distinct scores occur, or every rating involves an extreme element.
    /// </exception>
    public static ManyFacetRaschResult Fit(
        IReadOnlyList<RaschObservation> observations,
        int projects,
        int judges,
        int criteria,
        RaschOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentOutOfRangeException.ThrowIfLessThan(projects, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(judges, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(criteria, 1);
        options ??= RaschOptions.Default;
        CheckOptions(options);

        int[] sizes = [projects, judges, criteria];
        var (index, category, scores, counts) = Prepare(observations, sizes);
        var m = scores.Length - 1;

        var estimator = new JmleEstimator(index, category, sizes, m, options);
        var (converged, iterations, maxChange, maxResidual, factor) = estimator.Run();
        var (facets, logLikelihood) = RaschStatistics.Build(estimator, index, category, m);

        // Fair-M: each element's expected score with the other facets at their mean measure (judges and criteria
        // are centred at 0; the projects at the mean of the non-extreme ones).
        var projectMean = double.IsNaN(facets[0].MeanMeasure) ? 0 : facets[0].MeanMeasure;
        var fair = estimator.Measures[0].Select(b => FairAverage(b, estimator.Thresholds, scores)).ToArray();
        var judgeFair = estimator.Measures[1].Select(c => FairAverage(projectMean - c, estimator.Thresholds, scores)).ToArray();
        var criterionFair = estimator.Measures[2].Select(d => FairAverage(projectMean - d, estimator.Thresholds, scores)).ToArray();

        return new ManyFacetRaschResult(
            facets[0],
            facets[1],
            facets[2],
            [.. estimator.Thresholds],
            scores,
            counts,
            fair,
            new RaschConvergence(converged, iterations, maxChange, maxResidual, logLikelihood, factor),
            RaschThresholdErrors.Compute(estimator, index[0]),
            judgeFair,
            criterionFair);
    }

    /// <summary>Σ_k CategoryScores[k] P_k(eta): the expected score on the caller's scale.</summary>
    private static double FairAverage(double eta, double[] thresholds, int[] scores)
    {
        Span<double> p = stackalloc double[scores.Length];
        RaschCategoryModel.Probabilities(eta, thresholds, p);
        var fair = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            fair += scores[k] * p[k];
        }

        return fair;
    }

    private static void CheckOptions(RaschOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIterations, 1, nameof(options));
        if (!(options.ConvergenceLogits > 0) || !(options.ConvergenceScore > 0) || !(options.MaxStep > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Convergence criteria and the maximum step must be positive.");
        }

        if (!(options.ExtremeScoreAdjustment > 0 && options.ExtremeScoreAdjustment < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ExtremeScoreAdjustment, "The extreme-score adjustment must lie in (0, 1).");
        }
    }

    /// <summary>Checks indexes, maps the distinct observed scores to categories 0..m and counts them.</summary>
    private static (int[][] Index, int[] Category, int[] Scores, long[] Counts) Prepare(IReadOnlyList<RaschObservation> observations, int[] sizes)
    {
        var count = observations.Count;
        int[][] index = [new int[count], new int[count], new int[count]];
        var seen = sizes.Select(size => new bool[size]).ToArray();
        for (var o = 0; o < count; o++)
        {
            var (project, judge, criterion, _) = observations[o];
            int[] element = [project, judge, criterion];
            for (var f = 0; f < 3; f++)
            {
                if (element[f] < 0 || element[f] >= sizes[f])
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(observations),
                        $"Observation {o} has {FacetName(f)} index {element[f]}, outside 0..{sizes[f] - 1}.");
                }

                index[f][o] = element[f];
                seen[f][element[f]] = true;
            }
        }

        for (var f = 0; f < 3; f++)
        {
            var missing = Array.IndexOf(seen[f], false);
            if (missing >= 0)
            {
                throw new ArgumentException($"The {FacetName(f)} with index {missing} has no rating.", nameof(observations));
            }
        }

        var scores = observations.Select(o => o.Score).Distinct().Order().ToArray();
        if (scores.Length < 2)
        {
            throw new ArgumentException("A rating scale needs at least two distinct observed scores.", nameof(observations));
        }

        var categoryOf = scores.Select((score, k) => (score, k)).ToDictionary(p => p.score, p => p.k);
        var category = new int[count];
        var counts = new long[scores.Length];
        for (var o = 0; o < count; o++)
        {
            category[o] = categoryOf[observations[o].Score];
            counts[category[o]]++;
        }

        return (index, category, scores, counts);
    }

    private static string FacetName(int f) => f switch
    {
        0 => "project",
        1 => "judge",
        _ => "criterion",
    };
}
