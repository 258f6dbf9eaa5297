namespace Insights.Generator.Season;

/// <summary>The output of <see cref="Awards"/>.</summary>
/// <param name="Awards">Every prize, track by track, best first.</param>
/// <param name="File">awards.xlsx.</param>
internal sealed record AwardList(IReadOnlyList<Award> Awards, SeasonFile File);
