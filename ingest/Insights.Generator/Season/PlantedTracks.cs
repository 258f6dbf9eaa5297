using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// The track of each planted judging behaviour or date: each lives in its own track, so one track's findings do not
/// mask another's. A clean season chooses none, so no track gets a planted judge or date.
/// </summary>
internal sealed class PlantedTracks
{
    private static readonly string[] s_kinds = ["lenient", "harsh", "central", "halo", "favouritism", "copying", "both_panels", "late_review", "late_results", "drift"];

    private readonly Dictionary<string, Track> _tracks;

    private PlantedTracks(Dictionary<string, Track> tracks) => _tracks = tracks;

    /// <summary>Chooses the tracks from the stream <c>planted-tracks</c>; none for a clean season.</summary>
    /// <param name="context">The season.</param>
    /// <returns>The choice.</returns>
    public static PlantedTracks Choose(SeasonContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tracks = new Dictionary<string, Track>(StringComparer.Ordinal);
        if (context.Options.Plant)
        {
            var random = context.Root.Fork("planted-tracks");
            var order = context.Catalog.Tracks.ToArray();
            random.Shuffle(order.AsSpan());
            for (var i = 0; i < s_kinds.Length; i++)
            {
                tracks[s_kinds[i]] = order[i % order.Length];
            }
        }

        return new PlantedTracks(tracks);
    }

    /// <summary>True when <paramref name="kind"/> is planted in <paramref name="track"/>; never in a clean season.</summary>
    /// <param name="kind">E.g. <c>lenient</c>.</param>
    /// <param name="track">The track.</param>
    /// <returns>Whether it is planted there.</returns>
    public bool IsPlantedIn(string kind, Track track) => _tracks.TryGetValue(kind, out var planted) && planted == track;
}
