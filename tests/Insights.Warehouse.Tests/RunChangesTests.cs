using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// <c>insights run</c> on an existing warehouse: with nothing changed it only serves; with a changed score file in the
/// season's source it ingests the file and analyses the season again, so the analysis matches the new input.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class RunChangesTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(8);

    [Fact]
    public void A_run_on_an_existing_warehouse_ingests_and_analyses_a_changed_file()
    {
        var data = Path.Combine(TestPaths.TempRoot, $"run-{Guid.NewGuid():N}");
        try
        {
            var first = Cli.Run(s_timeout, "run", "--data", data, "--projects", "300", "--no-serve");
            Assert.True(first.Exit == 0, first.Stdout + first.Stderr);
            var warehouse = Path.Combine(data, "warehouse.duckdb");
            var before = Fingerprint(warehouse);
            Assert.Equal(before, Analysed(warehouse));

            var unchanged = Cli.Run(s_timeout, "run", "--data", data, "--no-serve");
            Assert.True(unchanged.Exit == 0, unchanged.Stdout + unchanged.Stderr);
            Assert.Contains("nothing changed", unchanged.Stdout, StringComparison.Ordinal);

            // One written-review mark changes (column 得分 of the first data row, on the 0-100 scale).
            var file = Path.Combine(data, "2024-JS", "source", "reviews", "preliminary_written_scores.csv");
            var lines = File.ReadAllLines(file);
            var cells = lines[1].Split(',');
            Assert.Equal("得分", lines[0].Split(',')[5].Trim('\uFEFF', '"'));
            cells[5] = double.Parse(cells[5], System.Globalization.CultureInfo.InvariantCulture) > 50 ? "20" : "90";
            lines[1] = string.Join(',', cells);
            File.WriteAllLines(file, lines);

            var changed = Cli.Run(s_timeout, "run", "--data", data, "--no-serve");
            Assert.True(changed.Exit == 0, changed.Stdout + changed.Stderr);
            Assert.Contains("reviews/preliminary_written_scores.csv", changed.Stdout, StringComparison.Ordinal);
            var after = Fingerprint(warehouse);
            Assert.NotEqual(before, after);
            Assert.Equal(after, Analysed(warehouse));
            Assert.Equal(2L, LakeRuns.Query(warehouse, "SELECT count(*) AS n FROM etl_batch WHERE source_file = 'reviews/preliminary_written_scores.csv'")[0]["n"]);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static string Fingerprint(string warehouse) =>
        (string)LakeRuns.Query(warehouse, "SELECT input_fingerprint FROM analysis_input WHERE season = '2024-JS'").Single()["input_fingerprint"]!;

    private static string? Analysed(string warehouse) =>
        (string?)LakeRuns.Query(warehouse, "SELECT input_fingerprint FROM analytics_run WHERE season = '2024-JS'").SingleOrDefault()?["input_fingerprint"];
}
