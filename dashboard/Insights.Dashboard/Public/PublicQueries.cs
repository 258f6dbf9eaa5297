using Insights.Dashboard.Warehouse;
using Insights.Warehouse.Reading.Public;

namespace Insights.Dashboard.Public;

/// <summary>
/// The public pages' data: the rows of the warehouse's report views (<see cref="PublicReports"/>, no SQL here), counted
/// into projects, teams and awards and suppressed together before they leave.
/// </summary>
public sealed class PublicQueries(WarehouseReader warehouse, Microsoft.Extensions.Options.IOptions<WarehouseOptions> options)
{
    /// <summary>The seasons with registrations, newest first.</summary>
    /// <returns>Season ids.</returns>
    public Task<IReadOnlyList<string>> SeasonsAsync() => warehouse.QueryAsync<IReadOnlyList<string>>("public|seasons", connection =>
        [.. PublicReports.Seasons(connection).Select(s => s.Season)]);

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
    {
        var name = PublicReports.Seasons(connection).FirstOrDefault(s => s.Season == season) is { } s ? (s.NameZh, s.NameEn) : (season, season);
        var tracks = PublicReports.Tracks(connection, season)
            .Select(t => new TrackRow(t.Code, t.Number, t.NameZh, t.NameEn, t.OfficialNameZh, t.OfficialNameEn, t.CommitteeCode, t.CityZh, t.CityEn))
            .ToList();
        return SeasonTableBuilder.Build(season, name, tracks, SeasonMicrodata.Read(connection, season), options.Value.SmallCellThreshold);
    });
}
