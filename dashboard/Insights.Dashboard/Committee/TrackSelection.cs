namespace Insights.Dashboard.Committee;

/// <summary>
/// The tracks a comparison shows: the requested ones that the user's <see cref="Security.TrackScope"/> allows, in
/// the order asked, at most <see cref="MaxTracks"/>. Tracks outside the scope are dropped before any query, and only
/// their number is reported (never their codes: the page must not echo another committee's tracks).
/// </summary>
/// <param name="Tracks">The tracks to query and show.</param>
/// <param name="OutOfScope">Requested tracks the user may not see, dropped.</param>
/// <param name="OverLimit">Allowed tracks beyond <see cref="MaxTracks"/>, dropped.</param>
/// <param name="Defaulted">True when nothing was requested and the first allowed tracks were taken.</param>
public sealed record TrackSelection(IReadOnlyList<string> Tracks, int OutOfScope, int OverLimit, bool Defaulted)
{
    /// <summary>The most tracks shown side by side.</summary>
    public const int MaxTracks = 4;

    /// <summary>The tracks shown when none is requested.</summary>
    public const int DefaultTracks = 2;

    /// <summary>Picks the tracks to show.</summary>
    /// <param name="requested">The <c>track</c> parameters of the URL, as given.</param>
    /// <param name="allowed">The user's scope, in display order.</param>
    /// <returns>The selection.</returns>
    public static TrackSelection Pick(IEnumerable<string>? requested, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var asked = (requested ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count == 0)
        {
            return new TrackSelection([.. allowed.Take(DefaultTracks)], 0, 0, true);
        }

        var inScope = asked.Where(allowed.Contains).ToList();
        return new TrackSelection([.. inScope.Take(MaxTracks)], asked.Count - inScope.Count, Math.Max(0, inScope.Count - MaxTracks), false);
    }
}
