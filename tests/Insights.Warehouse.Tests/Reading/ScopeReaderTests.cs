using Insights.Warehouse.Reading;
using Insights.Warehouse.Reading.Scopes;

namespace Insights.Warehouse.Tests.Reading;

/// <summary>The scope reader on a small warehouse written here: one season's tracks only, a missing committee as empty.</summary>
public sealed class ScopeReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("insights-scopes-").FullName;

    [Fact]
    public void Tracks_come_with_their_committees_for_the_season_asked()
    {
        using var connection = WarehouseCommands.OpenReadOnly(TinyWarehouse.Create(_folder, "w.duckdb", """
            CREATE TABLE dim_track (season VARCHAR, track_code VARCHAR, committee_code VARCHAR);
            INSERT INTO dim_track VALUES ('2026', 'T01', 'C1'), ('2026', 'T02', NULL), ('2025', 'T03', 'C1'), ('2026', 'T04', 'C2');
            """));
        Assert.Equal(
            [new TrackCommittee("T01", "C1"), new TrackCommittee("T02", ""), new TrackCommittee("T04", "C2")],
            ScopeReader.TrackCommittees(connection, "2026").OrderBy(t => t.Track, StringComparer.Ordinal));
        // A season value is a parameter: an injection attempt matches nothing.
        Assert.Empty(ScopeReader.TrackCommittees(connection, "2026' OR '1'='1"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
