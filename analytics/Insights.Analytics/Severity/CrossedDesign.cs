namespace Insights.Analytics.Severity;

/// <summary>
/// The sufficient statistics of score ~ criterion + (1|project) + (1|judge), and the penalized least squares
/// solution at given relative standard deviations θ = (σp/σ, σj/σ), after Bates et al. (2015), section 3.
/// The project block of Λ'Z'ZΛ + I is diagonal and is absorbed; the remaining system over judges and fixed
/// effects (J + p unknowns) is dense and factored by Cholesky. No projects × judges or n × n matrix is formed.
/// </summary>
internal sealed class CrossedDesign
{
    private readonly int[] _judgeOf;
    private readonly int[] _projectOf;
    private readonly int[] _criterionOf;
    private readonly double[] _score;
    private readonly double[] _projectCount;
    private readonly double[] _judgeCount;
    private readonly int[] _cellStart;      // CSR over projects: judges scoring each project
    private readonly int[] _cellJudge;
    private readonly double[] _cellCount;
    private readonly double[] _zpx;         // projects × p, row-major: Z_p'X
    private readonly double[] _zjx;         // judges × p, row-major: Z_j'X
    private readonly double[] _xtx;         // p × p
    private readonly double[] _zpy;
    private readonly double[] _zjy;
    private readonly double[] _xty;
    private readonly DenseCholesky _factor;  // reused by every Solve
    private readonly double[] _rhs;
    private readonly int[] _index;
    private readonly double[] _value;
    private PlsSolution? _last;               // the solution whose factor is in the buffer, and its θ
    private (double Project, double Judge) _lastTheta;

    public CrossedDesign(IReadOnlyList<SeverityRating> ratings, int judges, int projects, int criteria)
    {
        N = ratings.Count;
        Judges = judges;
        Projects = projects;
        FixedCount = criteria;
        _judgeOf = new int[N];
        _projectOf = new int[N];
        _criterionOf = new int[N];
        _score = new double[N];
        _projectCount = new double[projects];
        _judgeCount = new double[judges];
        _zpx = new double[projects * criteria];
        _zjx = new double[judges * criteria];
        _xtx = new double[criteria * criteria];
        _zpy = new double[projects];
        _zjy = new double[judges];
        _xty = new double[criteria];
        var byProject = new int[projects + 1];
        for (var i = 0; i < N; i++)
        {
            var r = ratings[i];
            (_judgeOf[i], _projectOf[i], _criterionOf[i], _score[i]) = (r.Judge, r.Project, r.Criterion, r.Score);
            _projectCount[r.Project]++;
            _judgeCount[r.Judge]++;
            _zpy[r.Project] += r.Score;
            _zjy[r.Judge] += r.Score;
            _zpx[r.Project * criteria]++;
            _zjx[r.Judge * criteria]++;
            _xty[0] += r.Score;
            _xtx[0]++;
            if (r.Criterion > 0)
            {
                var c = r.Criterion;
                _zpx[(r.Project * criteria) + c]++;
                _zjx[(r.Judge * criteria) + c]++;
                _xty[c] += r.Score;
                _xtx[c]++;
                _xtx[c * criteria]++;
                _xtx[(c * criteria) + c]++;
            }

            byProject[r.Project + 1]++;
        }

        // Judges per project (CSR), counting the scores of each (project, judge) cell.
        for (var p = 0; p < projects; p++)
        {
            byProject[p + 1] += byProject[p];
        }

        var order = new int[N];
        var next = (int[])byProject.Clone();
        for (var i = 0; i < N; i++)
        {
            order[next[_projectOf[i]]++] = i;
        }

        var slot = new int[judges];
        Array.Fill(slot, -1);
        var cellJudge = new List<int>();
        var cellCount = new List<double>();
        _cellStart = new int[projects + 1];
        for (var p = 0; p < projects; p++)
        {
            var first = cellJudge.Count;
            for (var k = byProject[p]; k < byProject[p + 1]; k++)
            {
                var j = _judgeOf[order[k]];
                if (slot[j] < 0)
                {
                    slot[j] = cellJudge.Count;
                    cellJudge.Add(j);
                    cellCount.Add(0);
                }

                cellCount[slot[j]]++;
            }

            for (var k = first; k < cellJudge.Count; k++)
            {
                slot[cellJudge[k]] = -1;
            }

            _cellStart[p + 1] = cellJudge.Count;
        }

        _cellJudge = [.. cellJudge];
        _cellCount = [.. cellCount];
        for (var p = 0; p < projects; p++)
        {
            // Judges in ascending order within a project, so that the absorption touches only the lower triangle.
            Array.Sort(_cellJudge, _cellCount, _cellStart[p], _cellStart[p + 1] - _cellStart[p]);
        }

        _factor = new DenseCholesky(judges + criteria);
        _rhs = new double[judges + criteria];
        _index = new int[judges + criteria];
        _value = new double[judges + criteria];
    }

    /// <summary>Number of scores.</summary>
    public int N { get; }

    /// <summary>Number of judge levels.</summary>
    public int Judges { get; }

    /// <summary>Number of project levels.</summary>
    public int Projects { get; }

    /// <summary>Number of fixed-effect columns (intercept and criterion contrasts).</summary>
    public int FixedCount { get; }

    /// <summary>
    /// A moment estimate of θ to start the search from: with e the scores less their criterion's mean, the pooled
    /// variance of e within projects estimates σj² + σ², within judges σp² + σ², and overall σp² + σj² + σ².
    /// Rough for unbalanced designs, clamped to [0.01, 16]; only a start.
    /// </summary>
    public (double Project, double Judge) MomentStart()
    {
        var criterionSum = new double[FixedCount];
        var criterionCount = new double[FixedCount];
        for (var i = 0; i < N; i++)
        {
            criterionSum[_criterionOf[i]] += _score[i];
            criterionCount[_criterionOf[i]]++;
        }

        var e = new double[N];
        var projectSum = new double[Projects];
        var judgeSum = new double[Judges];
        var total = 0.0;
        for (var i = 0; i < N; i++)
        {
            e[i] = _score[i] - (criterionSum[_criterionOf[i]] / criterionCount[_criterionOf[i]]);
            projectSum[_projectOf[i]] += e[i];
            judgeSum[_judgeOf[i]] += e[i];
            total += e[i] * e[i];
        }

        double withinProject = 0, withinJudge = 0;
        for (var i = 0; i < N; i++)
        {
            withinProject += Square(e[i] - (projectSum[_projectOf[i]] / _projectCount[_projectOf[i]]));
            withinJudge += Square(e[i] - (judgeSum[_judgeOf[i]] / _judgeCount[_judgeOf[i]]));
        }

        int projects = _projectCount.Count(c => c > 0), judges = _judgeCount.Count(c => c > 0);
        total /= Math.Max(1, N - FixedCount);
        withinProject /= Math.Max(1, N - projects);
        withinJudge /= Math.Max(1, N - judges);
        var residual = Math.Max(withinProject + withinJudge - total, 0.05 * total);
        static double Theta(double variance, double residual) => Math.Clamp(Math.Sqrt(Math.Max(variance, 0) / residual), 0.01, 16);
        return (Theta(total - withinProject, residual), Theta(total - withinJudge, residual));
    }

    /// <summary>The REML criterion at θ, or +∞ where the system is not positive definite.</summary>
    public double Deviance(double thetaProject, double thetaJudge) =>
        Solve(thetaProject, thetaJudge)?.Deviance ?? double.PositiveInfinity;

    /// <summary>
    /// Solves the penalized least squares problem at θ and evaluates the REML criterion; null where the absorbed
    /// system is not numerically positive definite. The solution's factor is this design's buffer: it is valid
    /// until the next call.
    /// </summary>
    public PlsSolution? Solve(double thetaProject, double thetaJudge)
    {
        if (_last is { } last && _lastTheta == (thetaProject, thetaJudge))
        {
            return last;   // the factor in the buffer is still this one
        }

        _last = null;
        int nj = Judges, q = FixedCount, m = nj + q;
        double tp = thetaProject, tj = thetaJudge, tp2 = tp * tp, tj2 = tj * tj;
        var a = _factor.Matrix;   // row-major; only the lower triangle is built and read
        var rhs = _rhs;
        for (var j = 0; j < nj; j++)
        {
            Array.Clear(a, j * m, j + 1);
            a[(j * m) + j] = (tj2 * _judgeCount[j]) + 1;
            rhs[j] = tj * _zjy[j];
        }

        for (var f = 0; f < q; f++)
        {
            var row = (nj + f) * m;
            rhs[nj + f] = _xty[f];
            for (var j = 0; j < nj; j++)
            {
                a[row + j] = tj * _zjx[(j * q) + f];
            }

            for (var g = 0; g <= f; g++)
            {
                a[row + nj + g] = _xtx[(f * q) + g];
            }
        }

        // Absorb the diagonal project block: subtract v v' / D_p with v = (θpθj N_p·, θp Z_p'X), lower triangle.
        var logDetProjects = 0.0;
        var index = _index;
        var value = _value;
        for (var p = 0; p < Projects; p++)
        {
            var d = (tp2 * _projectCount[p]) + 1;
            logDetProjects += Math.Log(d);
            if (tp == 0)
            {
                continue;
            }

            var len = 0;
            for (var k = _cellStart[p]; k < _cellStart[p + 1]; k++)
            {
                index[len] = _cellJudge[k];
                value[len++] = tp * tj * _cellCount[k];
            }

            for (var f = 0; f < q; f++)
            {
                index[len] = nj + f;
                value[len++] = tp * _zpx[(p * q) + f];
            }

            var r = tp * _zpy[p] / d;
            for (var s = 0; s < len; s++)
            {
                var vs = value[s] / d;
                var row = index[s] * m;
                rhs[index[s]] -= value[s] * r;
                for (var t = 0; t <= s; t++)
                {
                    a[row + index[t]] -= vs * value[t];
                }
            }
        }

        if (!_factor.Factor())
        {
            return null;
        }

        var logDet = _factor.LogDeterminant();
        _factor.Solve(rhs);
        var uJudge = rhs[..nj];
        var beta = rhs[nj..m];

        // Back-substitute the project modes and form the penalized residual sum of squares.
        var uProject = new double[Projects];
        var pwrss = 0.0;
        for (var p = 0; p < Projects; p++)
        {
            var s = tp * _zpy[p];
            for (var k = _cellStart[p]; k < _cellStart[p + 1]; k++)
            {
                s -= tp * tj * _cellCount[k] * uJudge[_cellJudge[k]];
            }

            for (var f = 0; f < q; f++)
            {
                s -= tp * _zpx[(p * q) + f] * beta[f];
            }

            uProject[p] = s / ((tp2 * _projectCount[p]) + 1);
            pwrss += uProject[p] * uProject[p];
        }

        for (var j = 0; j < nj; j++)
        {
            pwrss += uJudge[j] * uJudge[j];
        }

        for (var i = 0; i < N; i++)
        {
            var c = _criterionOf[i];
            var fitted = beta[0] + (c > 0 ? beta[c] : 0) + (tp * uProject[_projectOf[i]]) + (tj * uJudge[_judgeOf[i]]);
            var e = _score[i] - fitted;
            pwrss += e * e;
        }

        var nmp = N - q;
        var deviance = logDetProjects + logDet + (nmp * (1 + Math.Log(2 * Math.PI * pwrss / nmp)));
        _last = new PlsSolution(deviance, pwrss, beta, uJudge, uProject, _factor, logDetProjects);
        _lastTheta = (tp, tj);
        return _last;
    }

    /// <summary>
    /// The diagonals of (Λ'Z'ZΛ + I)⁻¹ for the judge and the project blocks, from the factor of a solution: with
    /// W = L_S⁻¹ (L_S the judges' block of the factor, S = L_S L_S' the judges' Schur complement),
    /// [S⁻¹]_jj = Σ_i W_ij² and, for a project, 1/D_p + ‖W a_p‖² / D_p² with a_p = θpθj N_p·.
    /// </summary>
    public (double[] Judge, double[] Project) InverseDiagonals(PlsSolution solution, double thetaProject, double thetaJudge)
    {
        var nj = Judges;
        var w = solution.Factor.LeadingInverse(nj);

        // Transpose, so that the columns of W (the rows of W') are contiguous; [S⁻¹]_jj = ‖W'_j·‖².
        var wt = new double[Math.Max(1, nj * nj)];
        var judge = new double[nj];
        for (var j = 0; j < nj; j++)
        {
            for (var i = j; i < nj; i++)
            {
                wt[(j * nj) + i] = w[(i * nj) + j];
            }

            judge[j] = ProductKernel.Dot(wt, (j * nj) + j, wt, (j * nj) + j, nj - j);
        }

        double tp = thetaProject, tj = thetaJudge;
        var project = new double[Projects];
        Parallel.For(
            0,
            Projects,
            () => new double[Math.Max(1, nj)],
            (p, _, wa) =>
            {
                var d = (tp * tp * _projectCount[p]) + 1;
                int first = _cellStart[p], end = _cellStart[p + 1];
                if (first == end)
                {
                    project[p] = 1 / d;
                    return wa;
                }

                var low = _cellJudge[first];   // ascending within a project
                Array.Clear(wa, low, nj - low);
                for (var k = first; k < end; k++)
                {
                    var col = _cellJudge[k];
                    ProductKernel.Axpy(tp * tj * _cellCount[k], wt, (col * nj) + col, wa, col, nj - col);
                }

                project[p] = (1 / d) + (ProductKernel.Dot(wa, low, wa, low, nj - low) / (d * d));
                return wa;
            },
            _ => { });

        return (judge, project);
    }

    private static double Square(double x) => x * x;
}
