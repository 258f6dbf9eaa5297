namespace Insights.Dashboard.Tests.Audit;

/// <summary>
/// What an attacker can prove about one hidden count: the smallest and largest value consistent with everything
/// published (<see cref="LinearAudit"/>), rounded inward to whole counts.
/// </summary>
/// <param name="Cells">The published cells that hide this count (several when tables repeat a count).</param>
/// <param name="Lower">The smallest value possible.</param>
/// <param name="Upper">The largest value possible; <see cref="double.PositiveInfinity"/> when unbounded.</param>
public sealed record AuditInterval(IReadOnlyList<string> Cells, double Lower, double Upper)
{
    /// <summary>Upper minus lower: how much room the attacker is left.</summary>
    public double Width => Upper - Lower;

    /// <summary>
    /// Narrowed under k: the attacker's interval is narrower than k (<c>Upper − Lower &lt; k</c>). Because every
    /// hidden count is at least 1 (zeros are shown), a width of at least k also means <c>Upper ≥ k + 1</c>: the attacker
    /// cannot even prove that the count is small.
    /// </summary>
    /// <param name="k">The threshold.</param>
    /// <returns>True when the count is exposed.</returns>
    public bool NarrowedUnder(int k) => Width < k;

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"{string.Join(" = ", Cells)} in [{Lower}, {(double.IsPositiveInfinity(Upper) ? "∞" : Upper)}]");
}
