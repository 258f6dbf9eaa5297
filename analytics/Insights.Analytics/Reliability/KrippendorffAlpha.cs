namespace Insights.Analytics.Reliability;

/// <summary>
/// Krippendorff's alpha reliability coefficient, after Krippendorff (2011), "Computing Krippendorff's
/// alpha-reliability" (Annenberg School for Communication, University of Pennsylvania). Missing values are allowed:
/// only units (projects) holding at least two values are pairable, and only their values count.
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>
    /// Krippendorff's alpha for interval data (difference function delta^2(c, k) = (c - k)^2). With m_u values in
    /// pairable unit u and n = sum of m_u, D_o = (1/n) sum_u sum_{i != j} (v_ui - v_uj)^2 / (m_u - 1) and
    /// D_e = sum_{i != j} (v_i - v_j)^2 / (n (n - 1)) over all pairable values, both over ordered pairs; this equals the
    /// coincidence-matrix form of Krippendorff (2011) because sum_{i != j} (v_i - v_j)^2 = 2 N sum_i (v_i - mean)^2 for N values.
    /// </summary>
    /// <param name="scores">Units (projects) in rows, coders (judges) in columns; NaN marks a missing value.</param>
    /// <returns>Alpha and its disagreements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is infinite, or no unit holds two values.</exception>
    public static KrippendorffAlphaResult Interval(double[,] scores)
    {
        RatingMatrixGuard.RequireShape(scores, 1, 2, nameof(scores));
        int rows = scores.GetLength(0), columns = scores.GetLength(1);

        // First pass: the mean of all pairable values, so that the second pass sums centred squares.
        var pairableValues = 0;
        var pairableUnits = 0;
        var total = 0.0;
        for (var i = 0; i < rows; i++)
        {
            var (count, sum) = CountAndSum(scores, i);
            if (count >= 2)
            {
                pairableValues += count;
                pairableUnits++;
                total += sum;
            }
        }

        if (pairableValues < 2)
        {
            throw new ArgumentException("Krippendorff's alpha needs at least one project scored by two judges.", nameof(scores));
        }

        var grandMean = total / pairableValues;
        var withinSum = 0.0;
        var totalSquares = 0.0;
        for (var i = 0; i < rows; i++)
        {
            var (count, sum) = CountAndSum(scores, i);
            if (count < 2)
            {
                continue;
            }

            var unitMean = sum / count;
            var unitSquares = 0.0;
            for (var j = 0; j < columns; j++)
            {
                var value = scores[i, j];
                if (!double.IsNaN(value))
                {
                    unitSquares += (value - unitMean) * (value - unitMean);
                    totalSquares += (value - grandMean) * (value - grandMean);
                }
            }

            // sum over ordered pairs i != j in the unit of (v_i - v_j)^2, divided by m_u - 1.
            withinSum += 2.0 * count * unitSquares / (count - 1);
        }

        double n = pairableValues;
        var observed = withinSum / n;
        var expected = 2.0 * n * totalSquares / (n * (n - 1));
        var alpha = expected > 0 ? 1 - (observed / expected) : double.NaN;
        return new KrippendorffAlphaResult(alpha, observed, expected, pairableValues, pairableUnits);
    }

    private static (int Count, double Sum) CountAndSum(double[,] scores, int row)
    {
        var count = 0;
        var sum = 0.0;
        for (var j = 0; j < scores.GetLength(1); j++)
        {
            if (!double.IsNaN(scores[row, j]))
            {
                count++;
                sum += scores[row, j];
            }
        }

        return (count, sum);
    }
}
