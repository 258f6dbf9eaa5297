using Insights.Analytics.Severity;

namespace Insights.Analytics.Reliability;

/// <summary>
/// The six intraclass correlations of Shrout and Fleiss (1979), "Intraclass correlations: uses in assessing rater
/// reliability", Psychological Bulletin 86(2), computed exactly as psych::ICC computes them (R/ICC.R, psych 2.2.9).
/// <see cref="Compute"/> is psych's <c>lmer = FALSE</c> route: the two-way ANOVA of a complete project x judge matrix,
/// with the estimates, F tests, p-values and confidence bounds (including the Satterthwaite-type bounds of ICC2 and
/// ICC2k) following that source line by line. <see cref="ComputeIncomplete"/> and <see cref="FromVarianceComponents"/>
/// are psych's <c>lmer = TRUE</c> route, which also takes missing scores: REML variance components of
/// <c>values ~ 1 + (1|project) + (1|judge)</c>, turned back into mean squares and fed to the same formulas.
/// </summary>
/// <remarks>
/// On complete data the two routes agree whenever the ANOVA estimates of the variance components are non-negative
/// (REML on a balanced crossed design is the ANOVA estimator), up to the optimizer's tolerance; when MSJ &lt; MSE or
/// MSB &lt; MSE, REML truncates the component at zero and the routes differ.
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
        RequireAlpha(alpha);

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

    /// <summary>
    /// Computes the six ICCs of a rating matrix with missing scores as <c>psych::ICC(x, lmer = TRUE)</c> does: fits
    /// <c>lmer(score ~ 1 + (1|project) + (1|judge))</c> by REML over the observed cells (<see cref="SeverityModel.Fit"/>
    /// with a single criterion) and passes its variance components to <see cref="FromVarianceComponents"/> with n = the
    /// number of rows and k = the number of columns of <paramref name="scores"/>.
    /// </summary>
    /// <remarks>
    /// The estimates are psych's. F, df, p and the confidence bounds are psych's too, and psych's are nominal: they
    /// treat the rebuilt mean squares as if they came from a complete n x k ANOVA (df n - 1 and (n - 1)(k - 1)),
    /// whatever share of the cells was observed. With sparse panels they overstate the evidence and the precision;
    /// read them as rough guides, not as tests. The "k" ICCs of <see cref="IncompleteIccResult.Icc"/> (ICC1k, ICC2k,
    /// ICC3k) are psych's, for the mean of all k columns' judges, not of the judges a project actually had; those are in
    /// <see cref="IncompleteIccResult.ActualRaters"/> (<see cref="MeanOfRaters"/> with k = the harmonic mean of the
    /// raters per scored project).
    /// A complete matrix is accepted and gives <see cref="Compute"/>'s estimates when the ANOVA variance components are
    /// non-negative.
    /// </remarks>
    /// <param name="scores">Projects (targets) in rows, judges in columns, <see cref="double.NaN"/> for a missing score; at
    /// least 2 x 2, no infinite score. Rows or columns without any score are allowed and count in n and k, as in psych.</param>
    /// <param name="alpha">One minus the confidence level of the bounds; psych's default 0.05 gives 95% bounds.</param>
    /// <param name="options">Settings of the REML optimizer; <see cref="SeverityFitOptions.Default"/> when null.</param>
    /// <returns>The six estimates (from the rebuilt mean squares) and the variance components behind them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix is smaller than 2 x 2 or has an infinite score; or, as lme4 requires,
    /// the number of scores is not larger than the number of scored projects and than the number of scoring judges.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is not in (0, 1).</exception>
    public static IncompleteIccResult ComputeIncomplete(double[,] scores, double alpha = 0.05, SeverityFitOptions? options = null)
    {
        RatingMatrixGuard.RequireShape(scores, 2, 2, nameof(scores));
        RequireAlpha(alpha);
        int n = scores.GetLength(0), k = scores.GetLength(1);
        var ratings = new List<SeverityRating>();
        var judgeScored = new bool[k];
        var projectsScored = 0;
        var inverseRaters = 0.0;
        for (var i = 0; i < n; i++)
        {
            var raters = 0;
            for (var j = 0; j < k; j++)
            {
                if (!double.IsNaN(scores[i, j]))
                {
                    ratings.Add(new SeverityRating(j, i, 0, scores[i, j]));
                    judgeScored[j] = true;
                    raters++;
                }
            }

            if (raters > 0)
            {
                projectsScored++;
                inverseRaters += 1.0 / raters;
            }
        }

        var judgesScoring = judgeScored.Count(scored => scored);
        if (ratings.Count <= projectsScored || ratings.Count <= judgesScoring)
        {
            throw new ArgumentException(
                $"The variance components need more scores ({ratings.Count}) than scored projects ({projectsScored}) and than "
                + $"scoring judges ({judgesScoring}), as lme4 requires.",
                nameof(scores));
        }

        var fit = SeverityModel.Fit(ratings, options);
        var icc = FromVarianceComponents(n, k, fit.ProjectVariance, fit.JudgeVariance, fit.ResidualVariance, alpha);
        // The harmonic mean of the raters per scored project: Σ σ²_e / m_i / n = σ²_e / k_h.
        var actual = MeanOfRaters(projectsScored / inverseRaters, fit.ProjectVariance, fit.JudgeVariance, fit.ResidualVariance);
        return new IncompleteIccResult(icc, ratings.Count, fit.ProjectVariance, fit.JudgeVariance, fit.ResidualVariance, fit.Converged, actual);
    }

    /// <summary>
    /// The six ICCs from the variance components of <c>score ~ 1 + (1|project) + (1|judge)</c>, as psych::ICC computes
    /// them when <c>lmer = TRUE</c>: it rebuilds MSB = k σp² + σ², MSJ = n σj² + σ², MSW = σ² + σj² and MSE = σ², then
    /// applies the ANOVA formulas of <see cref="Compute"/>. Hence ICC2 = σp² / (σp² + σj² + σ²), ICC3 = σp² / (σp² + σ²),
    /// ICC2k = σp² / (σp² + (σj² + σ²) / k), ICC3k = σp² / (σp² + σ² / k), ICC1 = (k σp² - σj²) / (k σp² + k σ² + (k - 1) σj²)
    /// and ICC1k = (k σp² - σj²) / (k σp² + σ²).
    /// </summary>
    /// <remarks>
    /// F = MSB/MSW or MSB/MSE with the complete-design df (n - 1, n (k - 1) or (n - 1)(k - 1)), its p-value and the
    /// bounds are computed as psych computes them in this route; they are exact only for a complete balanced design
    /// with ANOVA components, and nominal otherwise (see <see cref="ComputeIncomplete"/>). The mean squares reported in
    /// the result are the rebuilt ones. The estimates do not depend on <paramref name="projects"/>.
    /// </remarks>
    /// <param name="projects">n, the number of projects (psych: rows of the matrix, scored or not); at least 2.</param>
    /// <param name="judges">k, the number of judges the "k" ICCs average over (psych: columns of the matrix); at least 2.</param>
    /// <param name="projectVariance">σp², the variance of the project random intercept; finite, non-negative.</param>
    /// <param name="judgeVariance">σj², the variance of the judge random intercept; finite, non-negative.</param>
    /// <param name="residualVariance">σ², the residual variance; finite, non-negative (0 gives infinite F).</param>
    /// <param name="alpha">One minus the confidence level of the bounds; psych's default 0.05 gives 95% bounds.</param>
    /// <returns>The rebuilt mean squares and the six estimates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 2, a variance is negative or not finite, or
    /// <paramref name="alpha"/> is not in (0, 1).</exception>
    public static IccResult FromVarianceComponents(
        int projects,
        int judges,
        double projectVariance,
        double judgeVariance,
        double residualVariance,
        double alpha = 0.05)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(projects, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(judges, 2);
        RequireVariance(projectVariance, nameof(projectVariance));
        RequireVariance(judgeVariance, nameof(judgeVariance));
        RequireVariance(residualVariance, nameof(residualVariance));
        RequireAlpha(alpha);

        var msb = (judges * projectVariance) + residualVariance;
        var msj = (projects * judgeVariance) + residualVariance;
        var msw = residualVariance + judgeVariance;
        return FromMeanSquares(projects, judges, msb, msw, msj, residualVariance, alpha);
    }

    /// <summary>
    /// The average-measure ICCs for the mean of <paramref name="raters"/> raters drawn per project, from the variance
    /// components of <c>score ~ 1 + (1|project) + (1|judge)</c>: ICC1k = ICC2k = σp² / (σp² + (σj² + σ²) / k) and
    /// ICC3k = σp² / (σp² + σ² / k), the Spearman-Brown steps of σp² / (σp² + σj² + σ²) and σp² / (σp² + σ²).
    /// </summary>
    /// <remarks>
    /// This is the reliability of the project means of an incomplete panel (the written review: each project scored
    /// by 5 of a group's 20 judges), where each project's mean carries the severities of its own raters, so they do
    /// not cancel between projects and ICC(1,k) (Shrout and Fleiss's case 1, a different set of raters per target)
    /// equals ICC(2,k). With m_i raters on project i the project means have error variance (σj² + σ²) / m_i, whose
    /// average over the projects is (σj² + σ²) / k_h with k_h the harmonic mean of the m_i: pass k_h here.
    /// psych's lmer route (<see cref="FromVarianceComponents"/>) instead puts the number of the panel's judges in k.
    /// </remarks>
    /// <param name="raters">k, the number of raters averaged (a harmonic mean need not be whole); at least 1.</param>
    /// <param name="projectVariance">σp²; finite, non-negative.</param>
    /// <param name="judgeVariance">σj²; finite, non-negative.</param>
    /// <param name="residualVariance">σ²; finite, non-negative.</param>
    /// <returns>k and the three average-measure ICCs (NaN when every component is 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="raters"/> is below 1 or not finite, or a variance
    /// is negative or not finite.</exception>
    public static AverageMeasureIcc MeanOfRaters(double raters, double projectVariance, double judgeVariance, double residualVariance)
    {
        if (!(raters >= 1) || double.IsPositiveInfinity(raters))
        {
            throw new ArgumentOutOfRangeException(nameof(raters), raters, "The number of raters averaged must be finite and at least 1.");
        }

        RequireVariance(projectVariance, nameof(projectVariance));
        RequireVariance(judgeVariance, nameof(judgeVariance));
        RequireVariance(residualVariance, nameof(residualVariance));
        var absolute = projectVariance / (projectVariance + ((judgeVariance + residualVariance) / raters));
        var consistency = projectVariance / (projectVariance + (residualVariance / raters));
        return new AverageMeasureIcc(raters, absolute, absolute, consistency);
    }

    private static void RequireAlpha(double alpha)
    {
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must lie strictly between 0 and 1.");
        }
    }

    private static void RequireVariance(double variance, string paramName)
    {
        if (!(variance >= 0) || double.IsPositiveInfinity(variance))
        {
            throw new ArgumentOutOfRangeException(paramName, variance, "A variance component must be finite and non-negative.");
        }
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
