using DuckDB.NET.Data;
using Insights.Dashboard.Warehouse;
using Insights.Warehouse.Reading;

namespace Insights.Dashboard.Public;

/// <summary>The public pages' queries: counts of projects, teams and awards, suppressed together before they leave.</summary>
public sealed class PublicQueries(WarehouseReader warehouse, Microsoft.Extensions.Options.IOptions<WarehouseOptions> options)
{
    /// <summary>The seasons with registrations, newest first.</summary>
    /// <returns>Season ids.</returns>
    public Task<IReadOnlyList<string>> SeasonsAsync() => warehouse.QueryAsync<IReadOnlyList<string>>("public|seasons", connection =>
    {
        var seasons = new List<string>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT season FROM dim_project WHERE is_registered ORDER BY season DESC";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            seasons.Add(reader.GetString(0));
        }

        return seasons;
    });

    /// <summary>The public statistics of a season.</summary>
    /// <param name="season">The season.</param>
    /// <returns>The suppressed tables.</returns>
    public async Task<PublicStatistics> StatisticsAsync(string season) => (await TablesAsync(season).ConfigureAwait(false)).Statistics;

    /// <summary>
    /// Every public table of a season, the season's and each track's, from one computation: read once, suppressed
    /// together (<see cref="SeasonTableBuilder"/>), cached per warehouse version.
    /// </summary>
    /// <param name="season">The season.</param>
    /// <returns>The tables.</returns>
    public Task<SeasonTables> TablesAsync(string season) => warehouse.QueryAsync($"public|tables|{season}", connection =>
        SeasonTableBuilder.Build(season, SeasonName(connection, season), Tracks(connection, season), SeasonMicrodata.Read(connection, season),
            options.Value.SmallCellThreshold));

    private static (string Zh, string En) SeasonName(DuckDBConnection connection, string season)
    {
        using var command = Command(connection, "SELECT name_zh, name_en FROM ref_season WHERE season = $season", season);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : (season, season);
    }

    private static List<TrackRow> Tracks(DuckDBConnection connection, string season)
    {
        using var command = Command(connection, """
            SELECT t.track_code, t.number, t.name_zh, t.name_en, t.official_name_zh, t.official_name_en, t.committee_code,
                   coalesce(c.city_zh, ''), coalesce(c.city_en, '')
            FROM dim_track t LEFT JOIN dim_committee c ON c.season = t.season AND c.committee_code = t.committee_code
            WHERE t.season = $season AND t.has_reference ORDER BY t.number
            """, season);
        using var reader = command.ExecuteReader();
        var tracks = new List<TrackRow>();
        while (reader.Read())
        {
            tracks.Add(new TrackRow(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8)));
        }

        return tracks;
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, string season) =>
        WarehouseCommands.Command(connection, sql, ("season", season));
}
