namespace Insights.Analytics.Robustness;

/// <summary>
/// The bounds of one criterion's marks (the rubric's scale), within which <see cref="AwardMargins"/> moves a mark.
/// </summary>
/// <param name="Min">Lowest mark allowed.</param>
/// <param name="Max">Highest mark allowed.</param>
public sealed record CriterionScale(double Min, double Max);
