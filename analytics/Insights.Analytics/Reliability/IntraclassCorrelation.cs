namespace Insights.Analytics.Reliability;

/// <summary>
/// The six intraclass correlations of Shrout and Fleiss (1979), "Intraclass correlations: uses in assessing rater
/// reliability", Psychological Bulletin 86(2), computed exactly as psych::ICC computes them (R/ICC.R, psych 2.2.9)
/// from the two-way ANOVA of a complete project x judge matrix: the estimates, F tests, p-values and confidence
/// bounds (including the Satterthwaite-type bounds of ICC2 and ICC2k) follow that source line by line.
/// </summary>
/// <remarks>
/// Missing scores are not supported: psych::ICC fits a crossed random-effects model with lme4 when cells are missing,
/// which this class does not do; it throws <see cref="ArgumentException"/> instead. On complete data psych's default
/// (lmer = TRUE) gives the same values up to the REML optimizer's tolerance (about 1e-5 relative); this class matches
/// psych with lmer = FALSE, the exact ANOVA.
/// </remarks>
public static class IntraclassCorrelation
{
    /// <summary>Computes the six ICCs of a complete rating matrix.</summary>
    /// <param name="scores">Projects (targets) in rows, judges in columns; at least 2 x 2, no missing or infinite score.</param>
    /// <param name="alpha">One minus the confidence level of the bounds; psych's default 0.05 gives 95% bounds.</param>
    /// <returns>The ANOVA mean squares and the six estimates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix is smaller than 2 x 2, or has a missing (NaN) or infinite score.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is not in (0, 1).</exception>
    public static IccResult Compute(double[,] scores, double alpha = 0.05)
    {
        RatingMatrixGuard.RequireShape(scores, 2, 2, nameof(scores));
        RatingMatrixGuard.RequireComplete(scores, "The intraclass correlation", nameof(scores));
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must lie strictly between 0 and 1.");
        }

        int n = scores.GetLength(0), k = scores.GetLength(1);
        var rowMeans = new double[n];
        var columnMeans = new double[k];
        var grand = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                rowMeans[i] += scores[i, j];
                columnMeans[j] += scores[i, j];
                grand += scores[i, j];
            }
        }

        for (var i = 0; i < n; i++)
        {
            rowMeans[i] /= k;
        }

        for (var j = 0; j < k; j++)
        {
            columnMeans[j] /= n;
        }

        grand /= (double)n * k;

        double ssRows = 0, ssColumns = 0, ssError = 0;
        for (var i = 0; i < n; i++)
        {
            ssRows += (rowMeans[i] - grand) * (rowMeans[i] - grand);
        }

        for (var j = 0; j < k; j++)
        {
            ssColumns += (columnMeans[j] - grand) * (columnMeans[j] - grand);
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var residual = scores[i, j] - rowMeans[i] - columnMeans[j] + grand;
                ssError += residual * residual;
            }
        }

        ssRows *= k;
        ssColumns *= n;
        var msb = ssRows / (n - 1);
        var msj = ssColumns / (k - 1);
        var mse = ssError / ((n - 1.0) * (k - 1.0));
        var msw = (ssColumns + ssError) / (n * (k - 1.0));
        return FromMeanSquares(n, k, msb, msw, msj, mse, alpha);
    }

    /// <summary>psych::ICC's formulas, given the mean squares.</summary>
    private static IccResult FromMeanSquares(int nObs, int nj, double msb, double msw, double msj, double mse, double alpha)
    {
        double n = nObs, k = nj;
        var icc1 = (msb - msw) / (msb + ((k - 1) * msw));
        var icc2 = (msb - mse) / (msb + ((k - 1) * mse) + (k * (msj - mse) / n));
        var icc3 = (msb - mse) / (msb + ((k - 1) * mse));
        var icc1k = (msb - msw) / msb;
        var icc2k = (msb - mse) / (msb + ((msj - mse) / n));
        var icc3k = (msb - mse) / msb;

        var f11 = msb / msw;
        double df11n = n - 1, df11d = n * (k - 1);
        var p11 = ReliabilityDistributions.FUpperTail(f11, df11n, df11d);
        var f21 = msb / mse;
        double df21n = n - 1, df21d = (n - 1) * (k - 1);
        var p21 = ReliabilityDistributions.FUpperTail(f21, df21n, df21d);
        var tail = alpha / 2;

        var f1L = f11 / ReliabilityDistributions.FQuantileUpper(tail, df11n, df11d);
        var f1U = f11 * ReliabilityDistributions.FQuantileUpper(tail, df11d, df11n);
        var f3L = f21 / ReliabilityDistributions.FQuantileUpper(tail, df21n, df21d);
        var f3U = f21 * ReliabilityDistributions.FQuantileUpper(tail, df21d, df21n);

        // ICC2: approximate df v of Satterthwaite, as in psych (Shrout and Fleiss 1979, eq. for ICC(2,1) bounds).
        var fj = msj / mse;
        var vnRoot = (k * icc2 * fj) + (n * (1 + ((k - 1) * icc2))) - (k * icc2);
        var vn = (k - 1) * (n - 1) * vnRoot * vnRoot;
        var vdRoot = (n * (1 + ((k - 1) * icc2))) - (k * icc2);
        var vd = ((n - 1) * k * k * icc2 * icc2 * fj * fj) + (vdRoot * vdRoot);
        var v = vn / vd;
        var f2U = ReliabilityDistributions.FQuantileUpper(tail, n - 1, v);
        var f2L = ReliabilityDistributions.FQuantileUpper(tail, v, n - 1);
        var common = (k * msj) + (((k * n) - k - n) * mse);
        var l2 = n * (msb - (f2U * mse)) / ((f2U * common) + (n * msb));
        var u2 = n * ((f2L * msb) - mse) / (common + (n * f2L * msb));

        return new IccResult(
            nObs,
            nj,
            msb,
            msw,
            msj,
            mse,
            new IccEstimate(IccType.Icc1, icc1, f11, df11n, df11d, p11, (f1L - 1) / (f1L + (k - 1)), (f1U - 1) / (f1U + k - 1)),
            new IccEstimate(IccType.Icc2, icc2, f21, df21n, df21d, p21, l2, u2),
            new IccEstimate(IccType.Icc3, icc3, f21, df21n, df21d, p21, (f3L - 1) / (f3L + k - 1), (f3U - 1) / (f3U + k - 1)),
            new IccEstimate(IccType.Icc1k, icc1k, f11, df11n, df11d, p11, 1 - (1 / f1L), 1 - (1 / f1U)),
            new IccEstimate(IccType.Icc2k, icc2k, f21, df21n, df21d, p21, l2 * k / (1 + (l2 * (k - 1))), u2 * k / (1 + (u2 * (k - 1)))),
            new IccEstimate(IccType.Icc3k, icc3k, f21, df21n, df21d, p21, 1 - (1 / f3L), 1 - (1 / f3U)));
    }
}
