using Google.OrTools.LinearSolver;

namespace Insights.Dashboard.Suppression;

/// <summary>
/// The attacker of a <see cref="CountModel"/> under a choice of hidden counts, as a linear program solved by GLOP
/// (OR-Tools): every count is an unknown; shown counts are fixed to their values; hidden ones are at least their
/// <see cref="CountModel.HiddenLowerBound"/>; internal sums are free but for their public lower bound; every
/// <see cref="CountLine"/> holds. A hidden count's interval is its minimum and maximum, rounded inward to whole counts.
/// </summary>
internal sealed class ProtectionAudit : IDisposable
{
    /// <summary>
    /// A ceiling on every count, far above any real one: GLOP's presolve may call an unbounded maximum infeasible, so
    /// the program is kept bounded and a maximum near the ceiling reads as unbounded.
    /// </summary>
    private const double Ceiling = 1e7;

    private readonly Solver _solver;
    private readonly Variable[] _counts;

    /// <summary>Builds the program.</summary>
    /// <param name="model">The counts and their relations.</param>
    /// <param name="hidden">Which counts are hidden.</param>
    public ProtectionAudit(CountModel model, IReadOnlyList<bool> hidden)
    {
        _solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver");
        _counts = new Variable[model.Count];
        for (var i = 0; i < model.Count; i++)
        {
            var shown = model.IsPublished(i) && !hidden[i];
            _counts[i] = shown
                ? _solver.MakeNumVar(model.Value(i), model.Value(i), $"c{i}")
                : _solver.MakeNumVar(model.HiddenLowerBound(i), Ceiling, $"c{i}");
        }

        foreach (var line in model.Lines)
        {
            // Σ parts − total = −offset.
            var constraint = _solver.MakeConstraint(-line.Offset, -line.Offset);
            foreach (var part in line.Parts)
            {
                constraint.SetCoefficient(_counts[part], constraint.GetCoefficient(_counts[part]) + 1);
            }

            constraint.SetCoefficient(_counts[line.Total], constraint.GetCoefficient(_counts[line.Total]) - 1);
        }
    }

    /// <summary>The interval an attacker can prove for a count.</summary>
    /// <param name="id">The count.</param>
    /// <returns>Lower and upper bound; the upper is <see cref="double.PositiveInfinity"/> when unbounded.</returns>
    /// <exception cref="InvalidOperationException">The program is infeasible (the model contradicts the data).</exception>
    public (double Lower, double Upper) Interval(int id)
    {
        var objective = _solver.Objective();
        objective.Clear();
        objective.SetCoefficient(_counts[id], 1);
        objective.SetMinimization();
        var lower = Solve(objective, double.NegativeInfinity);
        objective.SetMaximization();
        var upper = Solve(objective, double.PositiveInfinity);
        return (Math.Ceiling(lower - 1e-6), upper >= Ceiling / 2 ? double.PositiveInfinity : Math.Floor(upper + 1e-6));
    }

    /// <inheritdoc/>
    public void Dispose() => _solver.Dispose();

    private double Solve(Objective objective, double unbounded) => _solver.Solve() switch
    {
        Solver.ResultStatus.OPTIMAL => objective.Value(),
        Solver.ResultStatus.UNBOUNDED => unbounded,
        var status => throw new InvalidOperationException($"the suppression audit's linear program ended {status}"),
    };
}
