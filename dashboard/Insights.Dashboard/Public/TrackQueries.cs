namespace Insights.Dashboard.Public;

/// <summary>
/// The public track page's tables: one track's counts of projects, teams and awards, taken from the season's tables
/// (<see cref="PublicQueries.TablesAsync"/>), so they are suppressed together with every other public table.
/// </summary>
/// <param name="publicQueries">The season's tables.</param>
public sealed class TrackQueries(PublicQueries publicQueries)
{
    /// <summary>The award tiers, in the order the page lists them.</summary>
    public static IReadOnlyList<string> Tiers => SeasonTableBuilder.Tiers;

    /// <summary>The statistics of a track in a season.</summary>
    /// <param name="season">The season.</param>
    /// <param name="code">The track code (T01..T12).</param>
    /// <returns>The suppressed tables, or null when the season or the track does not exist.</returns>
    public async Task<TrackStatistics?> TrackAsync(string season, string code)
    {
        var tables = await publicQueries.TablesAsync(season).ConfigureAwait(false);
        return tables.Tracks.GetValueOrDefault(code);
    }
}
