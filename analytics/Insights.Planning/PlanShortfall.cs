namespace Insights.Planning;

/// <summary>One reason a plan cannot be made, with the amounts: what the constraint needs and what is there.</summary>
/// <param name="Constraint">The constraint that fails: <c>raters</c> (too few eligible judges for a project), <c>load</c> (the loads cannot carry the sheets), <c>panel</c> (too few judges for a panel), <c>flow</c> (the rules together).</param>
/// <param name="Track">The track.</param>
/// <param name="Subject">The project or panel concerned, empty for the whole track.</param>
/// <param name="Needed">What the constraint needs (judges or sheets).</param>
/// <param name="Available">What there is.</param>
/// <param name="Zh">The reason in Chinese, with the amounts and what would lift it.</param>
/// <param name="En">The reason in English.</param>
public sealed record PlanShortfall(string Constraint, string Track, string Subject, long Needed, long Available, string Zh, string En)
{
    /// <summary>By how much the constraint falls short.</summary>
    public long Missing => Needed - Available;
}
