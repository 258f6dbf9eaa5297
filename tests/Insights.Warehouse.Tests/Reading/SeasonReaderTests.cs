using Insights.Warehouse.Reading;
using Insights.Warehouse.Reading.Seasons;

namespace Insights.Warehouse.Tests.Reading;

/// <summary>
/// The season reader on small warehouses written here: analysed seasons each once (none when analytics_run is
/// missing), and unanalysed seasons as those whose input fingerprint has no run of the same fingerprint.
/// </summary>
public sealed class SeasonReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("insights-seasons-").FullName;

    [Fact]
    public void Analysed_seasons_are_those_with_a_run()
    {
        using (var missing = WarehouseCommands.OpenReadOnly(TinyWarehouse.Create(_folder, "missing.duckdb", "CREATE TABLE dim_season (season VARCHAR);")))
        {
            Assert.Empty(SeasonReader.Analysed(missing));
        }

        using var connection = WarehouseCommands.OpenReadOnly(TinyWarehouse.Create(_folder, "w.duckdb", """
            CREATE TABLE analytics_run (season VARCHAR, input_fingerprint VARCHAR);
            INSERT INTO analytics_run VALUES ('2025', 'a'), ('2025', 'b'), ('2026', 'c');
            """));
        Assert.Equal(["2025", "2026"], SeasonReader.Analysed(connection).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unanalysed_seasons_have_no_run_of_their_current_input()
    {
        using var connection = WarehouseCommands.OpenReadOnly(TinyWarehouse.Create(_folder, "w.duckdb", """
            CREATE TABLE analysis_input (season VARCHAR, input_fingerprint VARCHAR);
            CREATE TABLE analytics_run (season VARCHAR, input_fingerprint VARCHAR);
            INSERT INTO analysis_input VALUES ('2026', 'new'), ('2024', 'same'), ('2025', 'changed'), ('2023', 'never');
            INSERT INTO analytics_run VALUES ('2024', 'same'), ('2025', 'old'), ('2026', 'same');
            """));
        // 2024 ran on its input; 2025 and 2026 ran on other input (2026's fingerprint matches only 2024's); 2023 never ran.
        Assert.Equal(["2023", "2025", "2026"], SeasonReader.Unanalysed(connection));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
