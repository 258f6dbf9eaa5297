using MathNet.Numerics.LinearAlgebra;

namespace Insights.Analytics.Severity;

/// <summary>
/// Judge severity as a fixed-effect contrast within projects: the intra-block analysis of an incomplete block design
/// (projects are the blocks, judges the treatments; Yates 1936; Cochran and Cox 1957, Experimental Designs, ch. 9).
/// Each sheet (judge × project) is reduced to the mean of its marks in percent of each criterion's range, so that
/// criteria of different maxima weigh alike and the errors that the criteria of one sheet share are inside the sheet's
/// one error. The model y_jp = a_p + τ_j + e with project effects fixed removes project quality completely, so a
/// judge who read strong projects is not called lenient, and the test does not depend on estimated variance
/// components: τ̂ = C⁺ Q with C = diag(r) − N diag(1/k) Nᵀ and Q = T − N diag(1/k) B, Var(τ̂_j − τ̄) = σ² C⁺_jj,
/// σ² from the residual sum of squares on n − P − J + (components) degrees of freedom. Marks of one judge on one day
/// share a day effect; their residual correlation ρ is estimated pooled over the unit's (judge, day) clusters and the
/// judge's per-sheet variance is σ_w² + σ_d² m̄ (the Kish design effect), σ_w², σ_d² the within-day and day components of the residuals (nested ANOVA) and m̄ = Σ m² / Σ m over his days.
/// </summary>
public static class JudgeContrasts
{
    /// <summary>Estimates every judge's contrast.</summary>
    /// <param name="ratings">The unit's marks.</param>
    /// <param name="criterionMin">Scale minimum per criterion.</param>
    /// <param name="criterionMax">Scale maximum per criterion (above the minimum).</param>
    /// <param name="day">Day number of each mark (same order as <paramref name="ratings"/>), or null without dates.</param>
    /// <returns>One contrast per judge with at least one sheet, in judge order; empty when the design leaves no
    /// residual degrees of freedom.</returns>
    /// <exception cref="ArgumentException">Ranges that are not positive, a non-finite mark, or lengths that differ.</exception>
    public static IReadOnlyList<JudgeContrast> Estimate(
        IReadOnlyList<SeverityRating> ratings, IReadOnlyList<double> criterionMin, IReadOnlyList<double> criterionMax, IReadOnlyList<int>? day = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(criterionMin);
        ArgumentNullException.ThrowIfNull(criterionMax);
        if (criterionMin.Count != criterionMax.Count || Enumerable.Range(0, criterionMin.Count).Any(c => !(criterionMax[c] > criterionMin[c])))
        {
            throw new ArgumentException("Every criterion needs a maximum above its minimum.", nameof(criterionMax));
        }

        if (day is not null && day.Count != ratings.Count)
        {
            throw new ArgumentException("One day per mark.", nameof(day));
        }

        // Sheets: mean percent of range over the criteria marked, and the sheet's day (its first mark's).
        var sheets = new Dictionary<(int Judge, int Project), (double Sum, int Count, int Day)>();
        for (var i = 0; i < ratings.Count; i++)
        {
            var r = ratings[i];
            if (!double.IsFinite(r.Score))
            {
                throw new ArgumentException("Marks must be finite.", nameof(ratings));
            }

            var pct = 100 * (r.Score - criterionMin[r.Criterion]) / (criterionMax[r.Criterion] - criterionMin[r.Criterion]);
            var s = sheets.GetValueOrDefault((r.Judge, r.Project), (0, 0, day?[i] ?? 0));
            sheets[(r.Judge, r.Project)] = (s.Sum + pct, s.Count + 1, s.Day);
        }

        var judges = sheets.Keys.Select(k => k.Judge).Distinct().Order().ToArray();
        var projects = sheets.Keys.Select(k => k.Project).Distinct().Order().ToArray();
        var jIndex = judges.Select((j, i) => (j, i)).ToDictionary(x => x.j, x => x.i);
        var pIndex = projects.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        int nJ = judges.Length, nP = projects.Length, n = sheets.Count;
        var k = new double[nP];
        var blockTotal = new double[nP];
        var r_ = new double[nJ];
        var judgeTotal = new double[nJ];
        var sumSquares = 0.0;
        foreach (var ((j, p), (sum, count, _)) in sheets)
        {
            var y = sum / count;
            k[pIndex[p]]++;
            blockTotal[pIndex[p]] += y;
            r_[jIndex[j]]++;
            judgeTotal[jIndex[j]] += y;
            sumSquares += y * y;
        }

        var c = Matrix<double>.Build.Dense(nJ, nJ);
        var q = Vector<double>.Build.Dense(nJ);
        for (var j = 0; j < nJ; j++)
        {
            c[j, j] = r_[j];
            q[j] = judgeTotal[j];
        }

        var byProject = sheets.Keys.GroupBy(key => pIndex[key.Project]).ToDictionary(g => g.Key, g => g.Select(key => jIndex[key.Judge]).ToArray());
        foreach (var (p, readers) in byProject)
        {
            foreach (var a in readers)
            {
                q[a] -= blockTotal[p] / k[p];
                foreach (var b in readers)
                {
                    c[a, b] -= 1 / k[p];
                }
            }
        }

        var components = Components(nJ, byProject.Values);
        var df = n - nP - nJ + components;
        if (df < 1)
        {
            return [];
        }

        var cPlus = SymmetricPseudoInverse(c);
        var tau = cPlus * q;
        var blockSs = Enumerable.Range(0, nP).Sum(p => blockTotal[p] * blockTotal[p] / k[p]);
        var sse = Math.Max(0, sumSquares - blockSs - tau.DotProduct(q));
        var sigma2 = sse / df;

        // Residuals per sheet, for the day correlation: e = y − mean_p(y − τ) − τ_j.
        var adjustedBlockMean = new double[nP];
        foreach (var ((j, p), (sum, count, _)) in sheets)
        {
            adjustedBlockMean[pIndex[p]] += ((sum / count) - tau[jIndex[j]]) / k[pIndex[p]];
        }

        var clusters = new Dictionary<(int Judge, int Day), (double Sum, double SumSquares, int Count)>();
        foreach (var ((j, p), (sum, count, d)) in sheets)
        {
            var e = (sum / count) - adjustedBlockMean[pIndex[p]] - tau[jIndex[j]];
            var g = clusters.GetValueOrDefault((jIndex[j], d));
            clusters[(jIndex[j], d)] = (g.Sum + e, g.SumSquares + (e * e), g.Count + 1);
        }

        // The day variance: a one-way analysis of the residuals by (judge, day) clusters nested in judges, so that
        // the part of the day effects that each judge's own mean absorbs is not mistaken for no day effect.
        // The residuals have lost the degrees of freedom of the project and judge effects: both components are
        // rescaled by n / df, the factor that makes the residuals' mean square the unbiased σ².
        var (withinVariance, dayVariance) = day is null ? (sigma2, 0.0) : DayComponents(clusters, n);
        withinVariance *= (double)n / df;
        dayVariance *= (double)n / df;
        var contrasts = new List<JudgeContrast>(nJ);
        for (var j = 0; j < nJ; j++)
        {
            var mine = clusters.Where(kv => kv.Key.Judge == j).Select(kv => (double)kv.Value.Count).ToArray();
            var mBar = mine.Sum(m => m * m) / mine.Sum();
            var perSheet = day is null ? sigma2 : withinVariance + (dayVariance * mBar);
            var variance = perSheet * Math.Max(0, cPlus[j, j]);
            // τ is the judge's effect on the marks; severity is its opposite.
            contrasts.Add(new JudgeContrast(judges[j], -tau[j], Math.Sqrt(variance), df, (int)r_[j], sigma2 > 0 ? perSheet / sigma2 : 1));
        }

        return contrasts;
    }

    /// <summary>
    /// Within-day and day variance components of the residuals, by the nested one-way ANOVA: MS_w on n − G degrees of
    /// freedom, MS_b of the day means around each judge's mean on G − J, σ_d² = max(0, (MS_b − MS_w) / m₀) with
    /// m₀ = (n − Σ_j Σ_g m_g² / n_j) / (G − J) (Searle, Casella and McCulloch 1992, Variance Components, §3.6).
    /// </summary>
    private static (double Within, double Day) DayComponents(Dictionary<(int Judge, int Day), (double Sum, double SumSquares, int Count)> clusters, int n)
    {
        double ssWithin = 0, ssBetween = 0, sumM2OverN = 0;
        var groups = clusters.GroupBy(kv => kv.Key.Judge).ToList();
        foreach (var judge in groups)
        {
            var nj = judge.Sum(kv => kv.Value.Count);
            var meanJ = judge.Sum(kv => kv.Value.Sum) / nj;
            foreach (var (_, (sum, squares, count)) in judge)
            {
                var mean = sum / count;
                ssWithin += squares - (count * mean * mean);
                ssBetween += count * (mean - meanJ) * (mean - meanJ);
                sumM2OverN += (double)count * count / nj;
            }
        }

        var g = clusters.Count;
        var dfBetween = g - groups.Count;
        var dfWithin = n - g;
        if (dfBetween < 1 || dfWithin < 1)
        {
            return (ssWithin / Math.Max(1, dfWithin), 0);
        }

        var msWithin = ssWithin / dfWithin;
        var msBetween = ssBetween / dfBetween;
        var m0 = (n - sumM2OverN) / dfBetween;
        return (msWithin, Math.Max(0, (msBetween - msWithin) / m0));
    }

    /// <summary>
    /// The Moore-Penrose inverse of the symmetric positive semi-definite C from its eigendecomposition, inverting the
    /// eigenvalues above n ε λ_max (C has one zero eigenvalue per connected component of the design).
    /// </summary>
    private static Matrix<double> SymmetricPseudoInverse(Matrix<double> c)
    {
        var evd = c.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(v => v.Real).ToArray();
        var tolerance = c.RowCount * 1e-12 * Math.Max(1, values.Max(Math.Abs));
        var inverse = Vector<double>.Build.Dense(values.Length, i => values[i] > tolerance ? 1 / values[i] : 0);
        return evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalVector(inverse) * evd.EigenVectors.Transpose();
    }

    /// <summary>Connected components of the judges linked by shared projects.</summary>
    private static int Components(int judges, IEnumerable<int[]> readersByProject) =>
        Linking.UnionFind.Components(judges, readersByProject).Distinct().Count();
}
