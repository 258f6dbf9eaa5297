using Google.OrTools.LinearSolver;

namespace Insights.Dashboard.Tests.Audit;

/// <summary>
/// The attacker of a set of published count tables as a linear program, solved with GLOP (OR-Tools). The unknowns are
/// the counts of the finest cells (non-negative); every published cell is a sum of some of them, equal to its value
/// when shown and at least 1 when hidden (zeros are always shown, so a hidden count is never zero); side knowledge
/// adds inequalities (a lower bound known from elsewhere) and balances (two sums known to be equal). For each hidden
/// count the program is minimized and maximized: the interval anyone can prove from the published numbers together.
/// </summary>
/// <remarks>
/// The linear relaxation allows fractional counts, so its interval contains the one integer reasoning would give; the
/// bounds are rounded inward (lower up, upper down), which integer reasoning always gets. For the totally unimodular
/// structures of two-way tables with margins the relaxation is exact; for linked tables it may be a little wider.
/// </remarks>
public sealed class LinearAudit
{
    /// <summary>
    /// A ceiling on every unknown, far above any real count: GLOP's presolve may call an unbounded maximum infeasible,
    /// so the program is kept bounded and a maximum near the ceiling reads as unbounded.
    /// </summary>
    private const double Ceiling = 1e7;

    private readonly List<string> _variables = [];
    private readonly List<(string Cell, int[] Sum, long? Value)> _cells = [];
    private readonly List<(int[] Sum, long Bound)> _lowerBounds = [];
    private readonly List<(int[] Left, int[] Right)> _balances = [];

    /// <summary>The number of unknowns.</summary>
    public int Variables => _variables.Count;

    /// <summary>The number of published cells.</summary>
    public int Cells => _cells.Count;

    /// <summary>Adds an unknown count of a finest cell (non-negative).</summary>
    /// <param name="name">Its name, for messages.</param>
    /// <returns>Its index.</returns>
    public int Variable(string name)
    {
        _variables.Add(name);
        return _variables.Count - 1;
    }

    /// <summary>A published cell: the sum of some finest cells, shown (its value) or hidden (null).</summary>
    /// <param name="cell">Where it is published, for messages.</param>
    /// <param name="sum">The finest cells it adds up.</param>
    /// <param name="value">The value shown, or null when hidden.</param>
    public void Published(string cell, IEnumerable<int> sum, long? value)
    {
        ArgumentNullException.ThrowIfNull(sum);
        _cells.Add((cell, Normalize(sum), value));
    }

    /// <summary>Side knowledge: a sum of finest cells is at least <paramref name="bound"/>.</summary>
    /// <param name="sum">The finest cells.</param>
    /// <param name="bound">The lower bound.</param>
    public void AtLeast(IEnumerable<int> sum, long bound)
    {
        ArgumentNullException.ThrowIfNull(sum);
        _lowerBounds.Add((Normalize(sum), bound));
    }

    /// <summary>Side knowledge: two sums of finest cells are equal.</summary>
    /// <param name="left">One sum.</param>
    /// <param name="right">The other.</param>
    public void Balance(IEnumerable<int> left, IEnumerable<int> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        _balances.Add((Normalize(left), Normalize(right)));
    }

    /// <summary>
    /// Runs the attack: one interval per distinct hidden sum (cells that publish the same sum share it; when one of
    /// them is shown the others are exposed and their interval has width 0).
    /// </summary>
    /// <returns>The intervals, or null when the published numbers contradict the model (it is then wrong).</returns>
    public IReadOnlyList<AuditInterval>? Run()
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP");
        var x = _variables.Select((name, i) => solver.MakeNumVar(0, Ceiling, $"x{i}")).ToArray();
        foreach (var (_, sum, value) in _cells)
        {
            Constrain(solver, x, sum, value ?? 1, value ?? double.PositiveInfinity);
        }

        foreach (var (sum, bound) in _lowerBounds)
        {
            Constrain(solver, x, sum, bound, double.PositiveInfinity);
        }

        foreach (var (left, right) in _balances)
        {
            var constraint = solver.MakeConstraint(0, 0);
            foreach (var i in left)
            {
                constraint.SetCoefficient(x[i], constraint.GetCoefficient(x[i]) + 1);
            }

            foreach (var i in right)
            {
                constraint.SetCoefficient(x[i], constraint.GetCoefficient(x[i]) - 1);
            }
        }

        var objective = solver.Objective();
        objective.SetMinimization();
        if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            return null;
        }

        var hidden = _cells.Where(c => c.Value is null)
            .GroupBy(c => string.Join(',', c.Sum), StringComparer.Ordinal)
            .Select(g => (Cells: g.Select(c => c.Cell).ToList(), g.First().Sum));
        var intervals = new List<AuditInterval>();
        foreach (var (cells, sum) in hidden)
        {
            objective.Clear();
            foreach (var i in sum)
            {
                objective.SetCoefficient(x[i], 1);
            }

            objective.SetMinimization();
            var lower = Bound(solver, objective, double.NegativeInfinity);
            objective.SetMaximization();
            var upper = Bound(solver, objective, double.PositiveInfinity);
            // Inward to whole counts: integer reasoning always gets that far.
            intervals.Add(new AuditInterval(cells, Math.Ceiling(lower - 1e-6), upper >= Ceiling / 2 ? double.PositiveInfinity : Math.Floor(upper + 1e-6)));
        }

        return intervals;
    }

    private static double Bound(Solver solver, Objective objective, double unbounded) => solver.Solve() switch
    {
        Solver.ResultStatus.OPTIMAL => objective.Value(),
        Solver.ResultStatus.UNBOUNDED => unbounded,
        var status => throw new InvalidOperationException($"GLOP ended with {status}"),
    };

    private static void Constrain(Solver solver, Variable[] x, int[] sum, double lower, double upper)
    {
        var constraint = solver.MakeConstraint(lower, upper);
        foreach (var i in sum)
        {
            constraint.SetCoefficient(x[i], 1);
        }
    }

    private static int[] Normalize(IEnumerable<int> sum) => [.. sum.Distinct().Order()];
}
