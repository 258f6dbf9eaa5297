namespace Insights.Analytics.Reliability;

/// <summary>
/// Exact (percent) agreement: over every project and every unordered pair of judges who both scored it, the share
/// of pairs giving identical scores. A project scored by m_u judges contributes m_u (m_u - 1) / 2 pairs, so projects
/// with more judges weigh more; projects with fewer than two scores contribute nothing. It makes no correction for
/// chance agreement (which grows as the scale gets coarser): read it beside Krippendorff's alpha or an ICC.
/// </summary>
public static class ExactAgreement
{
    /// <summary>Computes the exact-agreement rate.</summary>
    /// <param name="scores">Projects in rows, judges in columns; NaN marks a missing score.</param>
    /// <param name="tolerance">
    /// Two scores agree when they differ by at most this much; the default 0 asks for identical scores. Scores that
    /// are means of criteria may call for a small tolerance (e.g. 1e-9) to absorb rounding.
    /// </param>
    /// <returns>The rate and the pair counts behind it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException">A score is infinite, or no project has two scores.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or NaN.</exception>
    public static ExactAgreementResult Rate(double[,] scores, double tolerance = 0)
    {
        RatingMatrixGuard.RequireShape(scores, 1, 2, nameof(scores));
        if (!(tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be zero or positive.");
        }

        int rows = scores.GetLength(0), columns = scores.GetLength(1);
        long agreeing = 0, pairs = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var a = 0; a < columns; a++)
            {
                var first = scores[i, a];
                if (double.IsNaN(first))
                {
                    continue;
                }

                for (var b = a + 1; b < columns; b++)
                {
                    var second = scores[i, b];
                    if (double.IsNaN(second))
                    {
                        continue;
                    }

                    pairs++;
                    if (Math.Abs(first - second) <= tolerance)
                    {
                        agreeing++;
                    }
                }
            }
        }

        if (pairs == 0)
        {
            throw new ArgumentException("Exact agreement needs at least one project scored by two judges.", nameof(scores));
        }

        return new ExactAgreementResult((double)agreeing / pairs, agreeing, pairs);
    }
}
