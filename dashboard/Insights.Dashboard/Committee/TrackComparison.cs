using Insights.Dashboard.Public;
using Insights.Warehouse.Reading.Committee;

namespace Insights.Dashboard.Committee;

/// <summary>
/// Everything the comparison shows of one track of a season, or of the whole division (every track of the season,
/// <see cref="IsDivision"/>): the committees put their track beside the division on the same measures.
/// </summary>
/// <param name="Track">The track (for the division, a row named after it, with an empty code).</param>
/// <param name="Entries">Registered projects.</param>
/// <param name="Finalists">Projects scored in the final roadshow.</param>
/// <param name="Awards">Awards (every tier).</param>
/// <param name="Stages">The stages, in the notice's order (a stage without scores has no row); points of the 100-point total.</param>
/// <param name="Findings">Findings by kind and level.</param>
public sealed record TrackComparison(
    TrackRow Track,
    long Entries,
    long Finalists,
    long Awards,
    IReadOnlyList<StageScoreRow> Stages,
    IReadOnlyList<FindingCountRow> Findings)
{
    /// <summary>Whether this is the whole division rather than one track.</summary>
    public bool IsDivision => Track.Code.Length == 0;

    /// <summary>Finalists per entry; null without entries.</summary>
    public double? FinalistRate => Entries > 0 ? (double)Finalists / Entries : null;

    /// <summary>Awards per finalist; null without finalists.</summary>
    public double? AwardRate => Finalists > 0 ? (double)Awards / Finalists : null;

    /// <summary>The stage's row, if there is one.</summary>
    /// <param name="stage">The stage code.</param>
    /// <returns>The row or null.</returns>
    public StageScoreRow? Stage(string stage) => Stages.FirstOrDefault(s => s.Stage == stage);
}
