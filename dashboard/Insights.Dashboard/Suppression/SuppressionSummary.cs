namespace Insights.Dashboard.Suppression;

/// <summary>What the linked suppression of a season did (<see cref="LinkedSuppression"/>).</summary>
/// <param name="Published">Distinct published counts (a count repeated in several tables counts once).</param>
/// <param name="Primary">Counts hidden because they are from 1 to k − 1.</param>
/// <param name="Complementary">Counts hidden so that no hidden count can be narrowed under k.</param>
/// <param name="Rounds">Audit rounds until none was exposed.</param>
/// <param name="NarrowestWidth">
/// The narrowest interval the audit left an attacker for a hidden count (upper minus lower bound), or null when
/// nothing is hidden; at least k.
/// </param>
public sealed record SuppressionSummary(int Published, int Primary, int Complementary, int Rounds, double? NarrowestWidth);
