using MathNet.Numerics.LinearAlgebra;

namespace Insights.Analytics.Severity;

/// <summary>
/// Judge severity from the crossed random-effects model score = criterion + (1|project) + (1|judge) + error,
/// fitted by REML as <c>lme4::lmer(score ~ criterion + (1|project) + (1|judge), REML = TRUE)</c>
/// (Bates, Mächler, Bolker and Walker 2015, J. Stat. Softw. 67(1)).
/// </summary>
public static class SeverityModel
{
    private const double StartRadius = 0.1;
    private const double LocalRadius = 1e-3;
    private const double BoundarySnap = 1e-4;

    /// <summary>
    /// Fits the model by minimising the profiled REML criterion over θ = (σp/σ, σj/σ) ≥ 0.
    /// θ is written as (x₁², x₂²) and the unconstrained x is searched from a moment estimate of θ by a
    /// derivative-free trust-region method on quadratic interpolation models (a tight Nelder–Mead search takes over
    /// if it does not converge); the boundary θ = 0 is reached at x = 0, and a θ component below 1e-4 is set to
    /// exactly 0 when that does not raise the criterion. The smaller of the judge and project facets is the dense
    /// block of the solve (the roles are exchanged internally when there are more judges than projects).
    /// </summary>
    /// <param name="ratings">Long-format scores with dense zero-based judge, project and criterion indices.</param>
    /// <param name="options">Optimiser settings; <see cref="SeverityFitOptions.Default"/> when null.</param>
    /// <returns>Fixed effects, variance components, conditional modes, severities and the REML criterion.</returns>
    /// <exception cref="ArgumentException">Empty input, negative indices, non-finite scores, an unobserved
    /// criterion level, or no more scores than fixed effects.</exception>
    public static SeverityFit Fit(IReadOnlyList<SeverityRating> ratings, SeverityFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        options ??= SeverityFitOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxEvaluations, 10, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Tolerance, nameof(options));
        if (ratings.Count == 0)
        {
            throw new ArgumentException("At least one rating is required.", nameof(ratings));
        }

        int judges = 0, projects = 0, criteria = 0;
        foreach (var r in ratings)
        {
            if (r.Judge < 0 || r.Project < 0 || r.Criterion < 0)
            {
                throw new ArgumentException("Judge, project and criterion indices must be non-negative.", nameof(ratings));
            }

            if (!double.IsFinite(r.Score))
            {
                throw new ArgumentException("Scores must be finite.", nameof(ratings));
            }

            judges = Math.Max(judges, r.Judge + 1);
            projects = Math.Max(projects, r.Project + 1);
            criteria = Math.Max(criteria, r.Criterion + 1);
        }

        var seen = new bool[criteria];
        foreach (var r in ratings)
        {
            seen[r.Criterion] = true;
        }

        if (Array.IndexOf(seen, false) >= 0)
        {
            throw new ArgumentException("Every criterion index from 0 to the largest must occur.", nameof(ratings));
        }

        if (ratings.Count <= criteria)
        {
            throw new ArgumentException("More scores than fixed effects are required.", nameof(ratings));
        }

        if (judges > projects)
        {
            // The smaller facet is the dense block of the solve: fit with the roles swapped, then swap the results.
            var swapped = new SeverityRating[ratings.Count];
            for (var i = 0; i < swapped.Length; i++)
            {
                var r = ratings[i];
                swapped[i] = r with { Judge = r.Project, Project = r.Judge };
            }

            return Swap(FitDesign(new CrossedDesign(swapped, projects, judges, criteria), options));
        }

        return FitDesign(new CrossedDesign(ratings, judges, projects, criteria), options);
    }

    private static SeverityFit FitDesign(CrossedDesign design, SeverityFitOptions options)
    {
        double Objective(double[] x) => design.Deviance(x[0] * x[0], x[1] * x[1]);
        var budget = options.MaxEvaluations;
        var (startProject, startJudge) = design.MomentStart();
        var search = QuadraticTrustRegion.Minimize(
            Objective, [Math.Sqrt(startProject), Math.Sqrt(startJudge)], StartRadius, Math.Sqrt(options.Tolerance), LocalRadius, budget);
        var (best, value, evaluations, converged) = search;
        if (!search.Converged)
        {
            // Fallback where the model-based search fails (flat or non-convex profile): a tight simplex search.
            var fine = NelderMead.Minimize(Objective, search.Point, 0.05, options.Tolerance, Math.Max(10, budget - evaluations));
            (best, value, evaluations, converged) = (fine.Point, fine.Value, evaluations + fine.Evaluations, fine.Converged);
        }

        // Snap to the boundary θ = 0 where that is at least as good, as lme4 reports singular fits.
        for (var k = 0; k < 2; k++)
        {
            if (best[k] * best[k] < BoundarySnap)
            {
                var trial = (double[])best.Clone();
                trial[k] = 0;
                var trialValue = Objective(trial);
                evaluations++;
                if (trialValue <= value)
                {
                    (best, value) = (trial, trialValue);
                }
            }
        }

        double thetaP = best[0] * best[0], thetaJ = best[1] * best[1];
        return Summarize(design, thetaP, thetaJ, evaluations, converged);
    }

    // The fit of the data with judges and projects exchanged, expressed for the original roles.
    private static SeverityFit Swap(SeverityFit fit) =>
        fit with
        {
            ProjectVariance = fit.JudgeVariance,
            JudgeVariance = fit.ProjectVariance,
            Theta = (fit.Theta.Judge, fit.Theta.Project),
            Judges = fit.Projects,
            Projects = fit.Judges,
            Severities = [.. fit.Projects.Select(p => new JudgeSeverity(p.Level, -p.ConditionalMode, p.ConditionalSd))],
        };

    private static SeverityFit Summarize(CrossedDesign design, double thetaP, double thetaJ, int evaluations, bool converged)
    {
        var solution = design.Solve(thetaP, thetaJ)
            ?? throw new InvalidOperationException("The absorbed system is not positive definite at the optimum.");
        var q = design.FixedCount;
        var sigma2 = solution.Pwrss / (design.N - q);

        // vcov(β) = σ² (R_X'R_X)⁻¹, with R_X'R_X = L22 L22' the trailing block of the absorbed factor.
        var l22 = Matrix<double>.Build.Dense(q, q);
        var order = solution.Factor.Order;
        for (var f = 0; f < q; f++)
        {
            for (var g = 0; g <= f; g++)
            {
                l22[f, g] = solution.Factor.Matrix[((design.Judges + f) * order) + design.Judges + g];
            }
        }

        var vcov = l22.TransposeAndMultiply(l22).Inverse();
        var fixedEffects = new FixedEffectEstimate[q];
        for (var f = 0; f < q; f++)
        {
            fixedEffects[f] = new FixedEffectEstimate(f, solution.Beta[f], Math.Sqrt(sigma2 * vcov[f, f]));
        }

        var (judgeDiag, projectDiag) = design.InverseDiagonals(solution, thetaP, thetaJ);
        var judgeEffects = new RandomEffectEstimate[design.Judges];
        var severities = new JudgeSeverity[design.Judges];
        for (var j = 0; j < design.Judges; j++)
        {
            var sd = Math.Sqrt(sigma2 * thetaJ * thetaJ * judgeDiag[j]);
            var mode = thetaJ * solution.UJudge[j];
            judgeEffects[j] = new RandomEffectEstimate(j, mode, sd);
            severities[j] = new JudgeSeverity(j, -mode, sd);
        }

        var projectEffects = new RandomEffectEstimate[design.Projects];
        for (var p = 0; p < design.Projects; p++)
        {
            projectEffects[p] = new RandomEffectEstimate(
                p, thetaP * solution.UProject[p], Math.Sqrt(sigma2 * thetaP * thetaP * projectDiag[p]));
        }

        return new SeverityFit(
            fixedEffects,
            sigma2 * thetaP * thetaP,
            sigma2 * thetaJ * thetaJ,
            sigma2,
            (thetaP, thetaJ),
            solution.Deviance,
            judgeEffects,
            projectEffects,
            severities,
            evaluations,
            converged);
    }
}
