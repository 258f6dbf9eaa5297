using Insights.Analytics.Robustness;

namespace Insights.Analytics.Pipeline.Reading;

/// <summary>
/// One stage of a season as the warehouse's <c>dim_stage</c> and <c>dim_award_tier</c> describe it: its place in
/// the competition, how it ranks projects and what the ranking decides (who goes on, or the award tiers). The
/// notice's stages, a rules file's, or those the data shows (<see cref="Source"/>).
/// </summary>
/// <param name="Season">Season id.</param>
/// <param name="Stage">Stage label.</param>
/// <param name="Order">Position in the competition, 1 first.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="TrimExtremes">Whether a project's score drops its highest and lowest total (trimmed_mean).</param>
/// <param name="Standardized">Whether the competition ranked by its standardized marks (basis standard).</param>
/// <param name="AdvanceCount">The top N go on, when declared.</param>
/// <param name="AdvanceShare">The top share go on, when declared.</param>
/// <param name="Decides"><c>award</c>, <c>advance</c> or null.</param>
/// <param name="Source"><c>notice</c>, <c>rules_file</c> or <c>data</c>.</param>
/// <param name="Tiers">Award tiers, best first (all tracks; <see cref="TierSpec.Track"/> narrows).</param>
public sealed record StagePlan(
    string Season, string Stage, int Order, string NameZh, string NameEn, bool TrimExtremes, bool Standardized,
    int? AdvanceCount, double? AdvanceShare, string? Decides, string Source, IReadOnlyList<TierSpec> Tiers)
{
    /// <summary>Tier codes in order for a track, best first.</summary>
    /// <param name="track">The track.</param>
    public IReadOnlyList<string> TierCodes(string track) => [.. TiersOf(track).Select(t => t.Tier)];

    /// <summary>
    /// The decision the stage's ranking makes in a track of <paramref name="projects"/> projects: the award tiers
    /// (counts, shares rounded half to even with their minimum, or minimum scores), or one tier of those who go on
    /// (the declared count or share, else as many as the next stage scored); null when it decides nothing.
    /// </summary>
    /// <param name="track">The track.</param>
    /// <param name="projects">Projects of the track in the stage.</param>
    /// <param name="nextStageProjects">Projects of the track in the next stage (0 when none or unknown).</param>
    public TierRule? Rule(string track, int projects, int nextStageProjects)
    {
        if (projects <= 0)
        {
            return null;
        }

        if (Decides == "award")
        {
            var tiers = TiersOf(track);
            if (tiers.Count == 0)
            {
                return null;
            }

            var counts = tiers.Select(t => t.Count ?? (t.Share is { } s ? Math.Max(t.AtLeast, (int)Math.Round(s * projects)) : int.MaxValue)).ToArray();
            return tiers.Any(t => t.MinScore is not null)
                ? new TierRule(counts, TrimExtremes) { MinScores = [.. tiers.Select(t => t.MinScore ?? double.NegativeInfinity)] }
                : new TierRule(counts, TrimExtremes);
        }

        if (Decides == "advance")
        {
            var n = AdvanceCount ?? (AdvanceShare is { } share ? (int)Math.Round(share * projects) : nextStageProjects);
            return n > 0 ? new TierRule([n], TrimExtremes) : null;
        }

        return null;
    }

    private List<TierSpec> TiersOf(string track)
    {
        // A track's own tiers (inferred from its awards) win over the tiers for every track.
        var own = Tiers.Where(t => t.Track == track).ToList();
        return own.Count > 0 ? own : [.. Tiers.Where(t => t.Track is null)];
    }
}
