using Insights.Analytics.Bias;

namespace Insights.Analytics.Pipeline.Units;

/// <summary>The affiliation bonus of one criterion pooled over one unit's judges.</summary>
/// <param name="Criterion">The criterion code.</param>
/// <param name="Bonus">The pooled bonus (<see cref="Favouritism.Pool"/>).</param>
public sealed record CriterionBonus(string Criterion, PooledBonus Bonus)
{
    /// <summary>The criterion's name in Chinese (the rubric's), or null.</summary>
    public string? NameZh { get; init; }

    /// <summary>The criterion's name in English, or null.</summary>
    public string? NameEn { get; init; }
}
