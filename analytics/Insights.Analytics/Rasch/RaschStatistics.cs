namespace Insights.Analytics.Rasch;

/// <summary>Element fit statistics and facet separation from converged JMLE estimates.</summary>
internal static class RaschStatistics
{
    private static readonly string[] s_facetNames = ["project", "judge", "criterion"];

    /// <summary>Builds the three facets' tables and the joint log-likelihood of the non-extreme ratings.</summary>
    /// <param name="estimator">The converged estimator.</param>
    /// <param name="index">Per facet, the element of each observation.</param>
    /// <param name="category">0-based category of each observation.</param>
    /// <param name="m">Highest category.</param>
    /// <returns>The facets in the order project, judge, criterion, and the log-likelihood.</returns>
    public static (RaschFacet[] Facets, double LogLikelihood) Build(JmleEstimator estimator, int[][] index, int[] category, int m)
    {
        var facets = new RaschFacet[JmleEstimator.FacetCount];
        var sums = new Accumulator[JmleEstimator.FacetCount][];
        for (var f = 0; f < JmleEstimator.FacetCount; f++)
        {
            sums[f] = new Accumulator[estimator.Measures[f].Length];
        }

        var logLikelihood = 0.0;
        Span<double> scratch = stackalloc double[m + 1];
        for (var o = 0; o < category.Length; o++)
        {
            var (expected, variance, kurtosis) = RaschCategoryModel.Moments(estimator.Eta(o), estimator.Thresholds, scratch);
            if (estimator.Active[o])
            {
                logLikelihood += Math.Log(scratch[category[o]]);
            }

            for (var f = 0; f < JmleEstimator.FacetCount; f++)
            {
                var e = index[f][o];
                // A non-extreme element is judged on the ratings used in the estimation; an extreme one on all of its own.
                if (estimator.Active[o] || estimator.Extreme[f][e])
                {
                    sums[f][e].Add(category[o], expected, variance, kurtosis);
                }
            }
        }

        for (var f = 0; f < JmleEstimator.FacetCount; f++)
        {
            var elements = new RaschElement[sums[f].Length];
            for (var e = 0; e < elements.Length; e++)
            {
                elements[e] = sums[f][e].ToElement(e, estimator.Measures[f][e], estimator.Extreme[f][e]);
            }

            facets[f] = Separation(s_facetNames[f], elements);
        }

        return (facets, logLikelihood);
    }

    /// <summary>Separation G = true SD / RMSE, reliability G² / (1 + G²), strata (4G + 1) / 3 over non-extreme elements.</summary>
    /// <param name="name">Facet name.</param>
    /// <param name="elements">Its elements.</param>
    /// <returns>The facet summary.</returns>
    public static RaschFacet Separation(string name, RaschElement[] elements)
    {
        var measured = elements.Where(e => !e.Extreme).ToArray();
        if (measured.Length == 0)
        {
            return new RaschFacet(name, elements, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var mean = measured.Average(e => e.Measure);
        var sd = Math.Sqrt(measured.Average(e => (e.Measure - mean) * (e.Measure - mean)));
        var rmse = Math.Sqrt(measured.Average(e => e.StandardError * e.StandardError));
        var trueSd = Math.Sqrt(Math.Max(0, (sd * sd) - (rmse * rmse)));
        var g = trueSd / rmse;
        return new RaschFacet(name, elements, mean, sd, rmse, trueSd, g, g * g / (1 + (g * g)), ((4 * g) + 1) / 3);
    }

    /// <summary>Running sums over one element's ratings.</summary>
    private struct Accumulator
    {
        private int _count;
        private double _observed;
        private double _expected;
        private double _variance;
        private double _squaredResidual;
        private double _squaredStandardized;
        private double _outfitMoment;
        private double _infitMoment;

        public void Add(int x, double expected, double variance, double kurtosis)
        {
            var residual = x - expected;
            _count++;
            _observed += x;
            _expected += expected;
            _variance += variance;
            _squaredResidual += residual * residual;
            _squaredStandardized += residual * residual / variance;
            _outfitMoment += kurtosis / (variance * variance);
            _infitMoment += kurtosis - (variance * variance);
        }

        public readonly RaschElement ToElement(int index, double measure, bool extreme)
        {
            var se = _variance > 0 ? 1 / Math.Sqrt(_variance) : double.NaN;
            if (extreme || _count == 0)
            {
                return new RaschElement(index, _count, _observed, _expected, measure, se, double.NaN, double.NaN, double.NaN, double.NaN, extreme);
            }

            var infit = _squaredResidual / _variance;
            var outfit = _squaredStandardized / _count;
            var qIn = Math.Sqrt(Math.Max(0, _infitMoment)) / _variance;
            var qOut = Math.Sqrt(Math.Max(0, (_outfitMoment / ((double)_count * _count)) - (1.0 / _count)));
            return new RaschElement(
                index,
                _count,
                _observed,
                _expected,
                measure,
                se,
                infit,
                RaschCategoryModel.WilsonHilferty(infit, qIn),
                outfit,
                RaschCategoryModel.WilsonHilferty(outfit, qOut),
                extreme);
        }
    }
}
