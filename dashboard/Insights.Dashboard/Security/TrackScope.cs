using System.Security.Claims;
using Insights.Dashboard.Accounts;
using Insights.Dashboard.Warehouse;
using Insights.Warehouse.Reading.Scopes;

namespace Insights.Dashboard.Security;

/// <summary>
/// Which tracks a signed-in user may see in detail, decided on the server where the data is read: organizers every
/// track, a committee member the tracks his committee hosts (dim_track.committee_code), anyone else none. Every query
/// of a detail page goes through it, whatever the URL or its parameters.
/// </summary>
public sealed class TrackScope(WarehouseReader warehouse)
{
    /// <summary>The tracks the user may see in detail.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="season">The season.</param>
    /// <returns>Track codes.</returns>
    public async Task<IReadOnlySet<string>> AllowedAsync(ClaimsPrincipal user, string season)
    {
        ArgumentNullException.ThrowIfNull(user);
        var tracks = await warehouse.QueryAsync($"scope|tracks|{season}", connection => ScopeReader.TrackCommittees(connection, season)).ConfigureAwait(false);
        if (user.IsInRole(DashboardRoles.Organizer))
        {
            return tracks.Select(t => t.Track).ToHashSet(StringComparer.Ordinal);
        }

        if (user.IsInRole(DashboardRoles.Committee) && user.FindFirstValue(DashboardPolicies.CommitteeClaim) is { Length: > 0 } committee)
        {
            return tracks.Where(t => t.Committee == committee).Select(t => t.Track).ToHashSet(StringComparer.Ordinal);
        }

        return new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>Whether the user may see a track in detail.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="season">The season.</param>
    /// <param name="track">The track code.</param>
    /// <returns>True when allowed.</returns>
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, string season, string track) =>
        (await AllowedAsync(user, season).ConfigureAwait(false)).Contains(track);
}
