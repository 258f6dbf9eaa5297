namespace Insights.Analytics.Severity;

/// <summary>
/// The scale (minimum, maximum) of every criterion of a rubric, and the common scale on which a rubric whose criteria
/// have different ranges (the final roadshow's 0-25, 0-15, 0-10 points) is modelled: every mark is rescaled to the
/// rubric's mean range R̄, m = (x − min_c) R̄ / R_c, i.e. its percent of the criterion's range times R̄ / 100.
/// A judge's impression or severity is then one number for every criterion, in "points of the average criterion"
/// (the unit of the raw-point model on a single-range rubric), and converts back to points of criterion c by the
/// factor R_c / R̄. When all ranges are equal the common scale is the marks themselves (the identity), so every
/// single-range computation is unchanged.
/// </summary>
public sealed class CriterionScales
{
    private readonly double[] _minima;
    private readonly double[] _ranges;

    /// <summary>Creates the scales from each criterion's minimum and maximum.</summary>
    /// <param name="minima">Scale minimum per criterion index.</param>
    /// <param name="maxima">Scale maximum per criterion index (greater than the minimum).</param>
    /// <exception cref="ArgumentException">No criteria, lists of different lengths, or a range that is not positive
    /// and finite.</exception>
    public CriterionScales(IReadOnlyList<double> minima, IReadOnlyList<double> maxima)
    {
        ArgumentNullException.ThrowIfNull(minima);
        ArgumentNullException.ThrowIfNull(maxima);
        if (minima.Count == 0 || minima.Count != maxima.Count)
        {
            throw new ArgumentException("One minimum and one maximum per criterion are required.", nameof(maxima));
        }

        _minima = [.. minima];
        _ranges = new double[minima.Count];
        for (var c = 0; c < _ranges.Length; c++)
        {
            _ranges[c] = maxima[c] - _minima[c];
            if (!double.IsFinite(_minima[c]) || !(_ranges[c] > 0) || !double.IsFinite(_ranges[c]))
            {
                throw new ArgumentException("Every criterion needs a finite range max − min > 0.", nameof(maxima));
            }
        }

        MeanRange = _ranges.Average();
        IsMixed = _ranges.Any(r => Math.Abs(r - _ranges[0]) > 1e-9 * _ranges[0]);
    }

    /// <summary>Number of criteria.</summary>
    public int Count => _ranges.Length;

    /// <summary>The mean range R̄ over the criteria (the unit of the common scale).</summary>
    public double MeanRange { get; }

    /// <summary>Whether the criteria have different ranges (then the common scale is not the identity).</summary>
    public bool IsMixed { get; }

    /// <summary>The range max − min of a criterion.</summary>
    /// <param name="criterion">Criterion index.</param>
    /// <returns>The range in score points.</returns>
    public double Range(int criterion) => _ranges[Check(criterion)];

    /// <summary>
    /// Score points of criterion c per point of the common scale: R_c / R̄ (1 when the ranges are equal). A severity
    /// or residual s on the common scale is s R_c / R̄ points of criterion c.
    /// </summary>
    /// <param name="criterion">Criterion index.</param>
    /// <returns>The factor.</returns>
    public double PointsPerCommonPoint(int criterion) => IsMixed ? _ranges[Check(criterion)] / MeanRange : 1;

    /// <summary>A mark on the common scale: (x − min_c) R̄ / R_c, or x itself when the ranges are equal.</summary>
    /// <param name="rating">The mark.</param>
    /// <returns>The rescaled score.</returns>
    public double ToCommon(SeverityRating rating) =>
        IsMixed ? (rating.Score - _minima[Check(rating.Criterion)]) / PointsPerCommonPoint(rating.Criterion) : rating.Score;

    /// <summary>A value on the common scale as score points of a criterion (the inverse of <see cref="ToCommon(SeverityRating)"/>).</summary>
    /// <param name="criterion">Criterion index.</param>
    /// <param name="common">The value on the common scale.</param>
    /// <returns>The score in points of the criterion.</returns>
    public double ToPoints(int criterion, double common) =>
        IsMixed ? _minima[Check(criterion)] + (common * PointsPerCommonPoint(criterion)) : common;

    /// <summary>The marks with their scores on the common scale (a copy; the same scores when the ranges are equal).</summary>
    /// <param name="ratings">The marks.</param>
    /// <returns>The rescaled marks, in the same order.</returns>
    /// <exception cref="ArgumentException">A criterion index without a scale.</exception>
    public SeverityRating[] ToCommon(IReadOnlyList<SeverityRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var result = new SeverityRating[ratings.Count];
        for (var i = 0; i < result.Length; i++)
        {
            if (ratings[i].Criterion < 0 || ratings[i].Criterion >= Count)
            {
                throw new ArgumentException("Every criterion index must have a scale.", nameof(ratings));
            }

            result[i] = ratings[i] with { Score = ToCommon(ratings[i]) };
        }

        return result;
    }

    private int Check(int criterion)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(criterion);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(criterion, Count);
        return criterion;
    }
}
