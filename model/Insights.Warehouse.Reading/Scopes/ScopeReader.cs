using DuckDB.NET.Data;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Scopes;

/// <summary>
/// Reads what decides who may see which track: the season's tracks with their hosting committees. Stateless: the
/// caller owns the connection.
/// </summary>
public static class ScopeReader
{
    /// <summary>The season's tracks with the committees that host them, in no particular order.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>One row per track; a track without a committee has an empty committee code.</returns>
    public static IReadOnlyList<TrackCommittee> TrackCommittees(DuckDBConnection connection, string season)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(season);
        return Rows(connection, "SELECT track_code, coalesce(committee_code, '') FROM dim_track WHERE season = $season",
            r => new TrackCommittee(r.GetString(0), r.GetString(1)), ("season", season));
    }
}
