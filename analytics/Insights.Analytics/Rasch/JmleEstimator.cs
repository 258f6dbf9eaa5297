namespace Insights.Analytics.Rasch;

/// <summary>
/// Joint maximum likelihood estimation of the three-facet rating-scale model, FACETS style: each sweep takes one
/// damped Newton-Raphson step for every element of a facet (projects, then judges, then criteria) holding the other
/// facets fixed, then updates the thresholds from observed and expected category counts, then re-centres judges,
/// criteria and thresholds at 0 (shifting the projects so that the likelihood is unchanged).
/// </summary>
internal sealed class JmleEstimator
{
    /// <summary>Facet order: 0 project, 1 judge, 2 criterion.</summary>
    public const int FacetCount = 3;

    private static readonly double[] s_signs = [1, -1, -1];

    private readonly int[][] _index;
    private readonly int[] _category;
    private readonly int _m;
    private readonly RaschOptions _options;

    /// <summary>Prepares the estimation; extreme elements are found and set aside here.</summary>
    /// <param name="index">Per facet, the element of each observation.</param>
    /// <param name="category">0-based category of each observation.</param>
    /// <param name="sizes">Number of elements per facet.</param>
    /// <param name="m">Highest category.</param>
    /// <param name="options">Estimation settings.</param>
    public JmleEstimator(int[][] index, int[] category, int[] sizes, int m, RaschOptions options)
    {
        _index = index;
        _category = category;
        _m = m;
        _options = options;
        Measures = [.. sizes.Select(size => new double[size])];
        Extreme = [.. sizes.Select(size => new bool[size])];
        Active = new bool[category.Length];
        Thresholds = new double[m];
        FindExtremes();
    }

    /// <summary>Per facet, the measure of each element.</summary>
    public double[][] Measures { get; }

    /// <summary>Per facet, whether each element has an extreme score (among ratings not involving other extremes).</summary>
    public bool[][] Extreme { get; }

    /// <summary>Whether each observation takes part in the estimation (involves no extreme element).</summary>
    public bool[] Active { get; }

    /// <summary>Andrich thresholds F_1..F_m.</summary>
    public double[] Thresholds { get; }

    /// <summary>The linear predictor B_n - C_j - D_i of observation <paramref name="o"/>.</summary>
    /// <param name="o">Observation index.</param>
    /// <returns>eta in logits.</returns>
    public double Eta(int o) =>
        Measures[0][_index[0][o]] - Measures[1][_index[1][o]] - Measures[2][_index[2][o]];

    /// <summary>Runs the JMLE sweeps, then the optional bias correction and the extreme-element measures.</summary>
    /// <returns>Convergence information (log-likelihood filled in by the caller's statistics).</returns>
    public (bool Converged, int Iterations, double MaxChange, double MaxResidual, double Factor) Run()
    {
        StartValues();
        double maxChange = double.PositiveInfinity, maxResidual = double.PositiveInfinity;
        var iterations = 0;
        var converged = false;
        while (iterations < _options.MaxIterations)
        {
            iterations++;
            maxChange = 0;
            maxResidual = 0;
            for (var f = 0; f < FacetCount; f++)
            {
                var (change, residual) = NewtonStep(f, activeOnly: true, skipExtreme: true);
                maxChange = Math.Max(maxChange, change);
                maxResidual = Math.Max(maxResidual, residual);
            }

            maxChange = Math.Max(maxChange, ThresholdStep());
            Centre();
            if (maxChange < _options.ConvergenceLogits && maxResidual < _options.ConvergenceScore)
            {
                converged = true;
                break;
            }
        }

        var factor = 1.0;
        if (_options.BiasCorrection)
        {
            factor = BiasCorrect();
        }

        MeasureExtremes();
        return (converged, iterations, maxChange, maxResidual, factor);
    }

    private void FindExtremes()
    {
        Array.Fill(Active, true);
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var f = 0; f < FacetCount; f++)
            {
                var size = Measures[f].Length;
                var count = new int[size];
                var score = new long[size];
                for (var o = 0; o < _category.Length; o++)
                {
                    if (Active[o])
                    {
                        count[_index[f][o]]++;
                        score[_index[f][o]] += _category[o];
                    }
                }

                for (var e = 0; e < size; e++)
                {
                    if (!Extreme[f][e] && count[e] > 0 && (score[e] == 0 || score[e] == (long)_m * count[e]))
                    {
                        Extreme[f][e] = true;
                        changed = true;
                    }
                }
            }

            for (var o = 0; o < _category.Length; o++)
            {
                Active[o] = Active[o] && !Extreme[0][_index[0][o]] && !Extreme[1][_index[1][o]] && !Extreme[2][_index[2][o]];
            }
        }

        if (!Active.Any(a => a))
        {
            throw new ArgumentException(
                "Every rating involves an element with an extreme score (all lowest or all highest category): nothing is left to estimate.",
                "observations");
        }
    }

    private void StartValues()
    {
        var count = new int[Measures[0].Length];
        var score = new long[Measures[0].Length];
        for (var o = 0; o < _category.Length; o++)
        {
            if (Active[o])
            {
                count[_index[0][o]]++;
                score[_index[0][o]] += _category[o];
            }
        }

        for (var n = 0; n < count.Length; n++)
        {
            Measures[0][n] = count[n] == 0 ? 0 : Math.Log((score[n] + 0.5) / ((double)_m * count[n] - score[n] + 0.5));
        }
    }

    /// <summary>One damped Newton-Raphson step for every element of facet <paramref name="f"/>.</summary>
    private (double Change, double Residual) NewtonStep(int f, bool activeOnly, bool skipExtreme, double[]? targets = null)
    {
        var size = Measures[f].Length;
        var residual = new double[size];
        var information = new double[size];
        Span<double> scratch = stackalloc double[_m + 1];
        for (var o = 0; o < _category.Length; o++)
        {
            var e = _index[f][o];
            if ((activeOnly && !Active[o]) || (!skipExtreme && !Extreme[f][e]))
            {
                continue;
            }

            var (expected, variance, _) = RaschCategoryModel.Moments(Eta(o), Thresholds, scratch);
            residual[e] += (targets is null ? _category[o] : 0) - expected;
            information[e] += variance;
        }

        double maxChange = 0, maxResidual = 0;
        for (var e = 0; e < size; e++)
        {
            if (skipExtreme == Extreme[f][e] || information[e] <= 0)
            {
                continue;
            }

            var r = targets is null ? residual[e] : residual[e] + targets[e];
            var step = Math.Clamp(s_signs[f] * r / information[e], -_options.MaxStep, _options.MaxStep);
            Measures[f][e] += step;
            maxChange = Math.Max(maxChange, Math.Abs(step));
            maxResidual = Math.Max(maxResidual, Math.Abs(r));
        }

        return (maxChange, maxResidual);
    }

    /// <summary>F_k += log(O_(k-1) / O_k) - log(E_(k-1) / E_k): the ML equations say observed = expected counts.</summary>
    private double ThresholdStep()
    {
        var observed = new double[_m + 1];
        var expected = new double[_m + 1];
        Span<double> p = stackalloc double[_m + 1];
        for (var o = 0; o < _category.Length; o++)
        {
            if (!Active[o])
            {
                continue;
            }

            observed[_category[o]]++;
            RaschCategoryModel.Probabilities(Eta(o), Thresholds, p);
            for (var k = 0; k <= _m; k++)
            {
                expected[k] += p[k];
            }
        }

        var maxChange = 0.0;
        for (var k = 1; k <= _m; k++)
        {
            var step = Math.Log(Math.Max(observed[k - 1], 0.5) / Math.Max(observed[k], 0.5)) - Math.Log(expected[k - 1] / expected[k]);
            step = Math.Clamp(step, -_options.MaxStep, _options.MaxStep);
            Thresholds[k - 1] += step;
            maxChange = Math.Max(maxChange, Math.Abs(step));
        }

        return maxChange;
    }

    /// <summary>Judges and criteria (non-extreme) to mean 0, thresholds to sum 0, projects shifted to keep every eta.</summary>
    private void Centre()
    {
        var shift = 0.0;
        for (var f = 1; f < FacetCount; f++)
        {
            var mean = MeanOfNonExtreme(f);
            for (var e = 0; e < Measures[f].Length; e++)
            {
                Measures[f][e] -= mean;
            }

            shift += mean;
        }

        var thresholdMean = Thresholds.Average();
        for (var k = 0; k < _m; k++)
        {
            Thresholds[k] -= thresholdMean;
        }

        shift += thresholdMean;
        for (var n = 0; n < Measures[0].Length; n++)
        {
            Measures[0][n] -= shift;
        }
    }

    private double MeanOfNonExtreme(int f)
    {
        double sum = 0;
        var count = 0;
        for (var e = 0; e < Measures[f].Length; e++)
        {
            if (!Extreme[f][e])
            {
                sum += Measures[f][e];
                count++;
            }
        }

        return count == 0 ? 0 : sum / count;
    }

    /// <summary>Shrinks judges, criteria and thresholds by (L - 1) / L and re-estimates the projects given them.</summary>
    private double BiasCorrect()
    {
        var activeCount = Active.Count(a => a);
        var projects = Extreme[0].Count(x => !x);
        var length = (double)activeCount / projects;
        var factor = length > 1 ? (length - 1) / length : 1;
        for (var f = 1; f < FacetCount; f++)
        {
            for (var e = 0; e < Measures[f].Length; e++)
            {
                Measures[f][e] *= factor;
            }
        }

        for (var k = 0; k < _m; k++)
        {
            Thresholds[k] *= factor;
        }

        for (var i = 0; i < _options.MaxIterations; i++)
        {
            var (change, _) = NewtonStep(0, activeOnly: true, skipExtreme: true);
            if (change < _options.ConvergenceLogits)
            {
                break;
            }
        }

        return factor;
    }

    /// <summary>
    /// Measures each extreme element from its adjusted score (lowest + adjustment, or highest - adjustment) over all
    /// its ratings, holding the other elements at their estimates.
    /// </summary>
    private void MeasureExtremes()
    {
        var targets = new double[FacetCount][];
        var any = false;
        for (var f = 0; f < FacetCount; f++)
        {
            targets[f] = new double[Measures[f].Length];
            var count = new int[Measures[f].Length];
            var score = new long[Measures[f].Length];
            for (var o = 0; o < _category.Length; o++)
            {
                count[_index[f][o]]++;
                score[_index[f][o]] += _category[o];
            }

            for (var e = 0; e < Measures[f].Length; e++)
            {
                if (Extreme[f][e])
                {
                    any = true;
                    var low = score[e] == 0;
                    targets[f][e] = low ? _options.ExtremeScoreAdjustment : ((double)_m * count[e]) - _options.ExtremeScoreAdjustment;
                    Measures[f][e] = s_signs[f] * (low ? -1 : 1);
                }
            }
        }

        for (var sweep = 0; any && sweep < _options.MaxIterations; sweep++)
        {
            var change = 0.0;
            for (var f = 0; f < FacetCount; f++)
            {
                change = Math.Max(change, NewtonStep(f, activeOnly: false, skipExtreme: false, targets[f]).Change);
            }

            if (change < _options.ConvergenceLogits)
            {
                break;
            }
        }
    }
}
