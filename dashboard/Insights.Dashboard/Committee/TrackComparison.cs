using Insights.Dashboard.Public;

namespace Insights.Dashboard.Committee;

/// <summary>Everything the comparison shows of one track of a season.</summary>
/// <param name="Track">The track.</param>
/// <param name="Entries">Registered projects.</param>
/// <param name="Finalists">Projects scored in the final roadshow.</param>
/// <param name="Awards">Awards of the track (every tier).</param>
/// <param name="Stages">The stages, in the notice's order (a stage without data has no row).</param>
/// <param name="Findings">Findings by kind and level.</param>
public sealed record TrackComparison(
    TrackRow Track,
    long Entries,
    long Finalists,
    long Awards,
    IReadOnlyList<StageComparison> Stages,
    IReadOnlyList<FindingCount> Findings)
{
    /// <summary>Finalists per entry; null without entries.</summary>
    public double? FinalistRate => Entries > 0 ? (double)Finalists / Entries : null;

    /// <summary>Awards per finalist; null without finalists.</summary>
    public double? AwardRate => Finalists > 0 ? (double)Awards / Finalists : null;

    /// <summary>The stage's row, if the track has one.</summary>
    /// <param name="stage">The stage code.</param>
    /// <returns>The row or null.</returns>
    public StageComparison? Stage(string stage) => Stages.FirstOrDefault(s => s.Stage == stage);
}
