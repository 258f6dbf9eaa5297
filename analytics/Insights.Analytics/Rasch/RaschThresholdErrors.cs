using MathNet.Numerics.LinearAlgebra;

namespace Insights.Analytics.Rasch;

/// <summary>
/// Model standard errors of the Andrich thresholds F_1..F_m: from their Fisher information with the project measures
/// profiled out (the thresholds' spacing trades off with the spread of the projects, each measured from a few ratings)
/// and the judges and criteria held at their estimates, under the constraint Σ F_k = 0.
/// </summary>
internal static class RaschThresholdErrors
{
    /// <summary>
    /// Per rating, d log P_x / d F_h = P(X ≥ h) - [x ≥ h] and d log P_x / d B = x - E, so the information is
    /// I_FhFl = Σ P(X ≥ max(h, l)) - P(X ≥ h) P(X ≥ l), I_FhB = -Σ Cov([X ≥ h], X) and I_BB = Σ Var(X) over a project's
    /// ratings. Profiling the projects out (I_BB is diagonal): S = I_FF - Σ_n c_n c_nᵀ / v_n. S is singular along
    /// F + c (the projects absorb a common shift), so with A's columns e_h - e_m spanning Σ F = 0 the covariance is
    /// V = A (Aᵀ S A)⁻¹ Aᵀ and SE_k = √V_kk.
    /// </summary>
    /// <param name="estimator">The converged estimator (its measures and thresholds are final).</param>
    /// <param name="projectIndex">The project of each observation.</param>
    /// <returns>SE of F_1..F_m; NaN where the information is singular.</returns>
    public static double[] Compute(JmleEstimator estimator, int[] projectIndex)
    {
        var m = estimator.Thresholds.Length;
        var projects = estimator.Measures[0].Length;
        var information = new double[m, m];
        var cross = new double[projects, m];
        var projectInformation = new double[projects];
        Span<double> p = stackalloc double[m + 1];
        Span<double> atLeast = stackalloc double[m + 1];
        Span<double> scoreAtLeast = stackalloc double[m + 1];
        for (var o = 0; o < estimator.Active.Length; o++)
        {
            if (!estimator.Active[o])
            {
                continue;
            }

            RaschCategoryModel.Probabilities(estimator.Eta(o), estimator.Thresholds, p);
            // atLeast[h] = P(X >= h), scoreAtLeast[h] = E[X; X >= h], h = 1..m.
            atLeast[m] = p[m];
            scoreAtLeast[m] = m * p[m];
            for (var h = m - 1; h >= 1; h--)
            {
                atLeast[h] = atLeast[h + 1] + p[h];
                scoreAtLeast[h] = scoreAtLeast[h + 1] + (h * p[h]);
            }

            var expected = scoreAtLeast[1];
            var variance = 0.0;
            for (var k = 0; k <= m; k++)
            {
                variance += (k - expected) * (k - expected) * p[k];
            }

            var n = projectIndex[o];
            projectInformation[n] += variance;
            for (var h = 1; h <= m; h++)
            {
                cross[n, h - 1] += scoreAtLeast[h] - (atLeast[h] * expected);
                for (var l = h; l <= m; l++)
                {
                    information[h - 1, l - 1] += atLeast[l] - (atLeast[h] * atLeast[l]);
                }
            }
        }

        for (var n = 0; n < projects; n++)
        {
            if (projectInformation[n] <= 0)
            {
                continue;
            }

            for (var h = 0; h < m; h++)
            {
                for (var l = h; l < m; l++)
                {
                    information[h, l] -= cross[n, h] * cross[n, l] / projectInformation[n];
                }
            }
        }

        for (var h = 0; h < m; h++)
        {
            for (var l = 0; l < h; l++)
            {
                information[h, l] = information[l, h];
            }
        }

        var errors = new double[m];
        if (m == 1)
        {
            // One threshold, fixed at 0 by the constraint.
            errors[0] = double.NaN;
            return errors;
        }

        var basis = Matrix<double>.Build.Dense(m, m - 1, (h, c) => h == c ? 1 : h == m - 1 ? -1 : 0);
        var reduced = basis.Transpose() * Matrix<double>.Build.DenseOfArray(information) * basis;
        var covariance = basis * reduced.Inverse() * basis.Transpose();
        for (var k = 0; k < m; k++)
        {
            var v = covariance[k, k];
            errors[k] = double.IsFinite(v) && v > 0 ? Math.Sqrt(v) : double.NaN;
        }

        return errors;
    }
}
