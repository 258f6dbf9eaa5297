using Insights.Analytics.Bias;

namespace Insights.Analytics.Pipeline.Units;

/// <summary>What one unit's analysis needs from the season.</summary>
/// <param name="Affiliated">Whether a judge id and a project id are affiliated (unit or city).</param>
/// <param name="Finalists">Projects of the unit's track in the final roadshow (0 when unknown): the on-site review's finalist places.</param>
/// <param name="Seed">Seed of the bootstraps.</param>
/// <param name="Resamples">Judge resamples of the award bootstrap.</param>
/// <param name="Favouritism">Settings of the favouritism permutation test.</param>
public sealed record UnitSettings(
    Func<string, string, bool> Affiliated,
    int Finalists,
    int Seed,
    int Resamples,
    FavouritismOptions Favouritism);
