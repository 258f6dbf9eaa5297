using Insights.Analytics.Bias;
using Insights.Analytics.Pipeline.Reading;

namespace Insights.Analytics.Pipeline.Units;

/// <summary>What one unit's analysis needs from the season.</summary>
/// <param name="Affiliated">Whether a judge id and a project id are affiliated (unit or city).</param>
/// <param name="NextStageProjects">Projects of the unit's track in the next stage (0 when none or unknown): the places a
/// stage that sends projects on fills when its rules do not say how many (the notice's on-site review: the finalists).</param>
/// <param name="Seed">Seed of the bootstraps.</param>
/// <param name="Resamples">Judge resamples of the award bootstrap.</param>
/// <param name="Favouritism">Settings of the favouritism permutation test.</param>
public sealed record UnitSettings(
    Func<string, string, bool> Affiliated,
    int NextStageProjects,
    int Seed,
    int Resamples,
    FavouritismOptions Favouritism)
{
    /// <summary>The unit's stage as the season declares it (order, ranking, decision); null for pooled units.</summary>
    public StagePlan? Plan { get; init; }

    /// <summary>The awards the competition published for the unit's track in its stage (project id → tier code), or null.</summary>
    public IReadOnlyDictionary<string, string>? Published { get; init; }
}
