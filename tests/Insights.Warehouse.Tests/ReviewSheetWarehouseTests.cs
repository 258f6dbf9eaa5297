using Insights.Generator.Review;
using Insights.Ingest.Pipeline;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// A generated review workbook through the lake into the warehouse: quarantined marks are cell-scope rows of
/// etl_quarantine, counted in etl_batch.marks_quarantined, the row and cell data tests hold, and the exit code is 1.
/// </summary>
public sealed class ReviewSheetWarehouseTests
{
    [Fact]
    public async Task Quarantined_marks_are_cell_scope_rows_counted_in_etl_batch_and_the_data_tests_hold()
    {
        using var work = new TempDirectory("review-sheet");
        var source = work.Combine("src");
        ReviewSheetGenerator.Generate(new ReviewSheetOptions(source, work.Combine("truth"), 600, 3));
        var lake = work.Combine("lake");
        var outcomes = await new LakeIngestor(new IngestOptions(Path.Combine(source, "review.xlsx"), lake, "2023-XX", LakeRuns.KeyBytes))
            .IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        var warehouse = work.Combine("w.duckdb");

        var report = LakeRuns.Build(lake, warehouse);

        var outcome = Assert.Single(outcomes);
        Assert.True(outcome.MarksQuarantined > 0, "the generator plants absent marks");
        Assert.Equal(0, outcome.RowsQuarantined);
        Assert.Equal(1, LakeRuns.ExitCode(outcomes, report));
        Assert.All(report.Tests.Where(t => t.Name.Contains("quarantine_count", StringComparison.Ordinal) || t.Name.Contains("batch_balance", StringComparison.Ordinal) || t.Name.Contains("accepted_values", StringComparison.Ordinal)),
            t => Assert.True(t.Passed, t.Name));
        // quarantine_count, batch_balance, accepted_values and accepted_values_analytics (empty analytics tables before analyze).
        Assert.Equal(4, report.Tests.Count(t => t.Name.Contains("quarantine_count", StringComparison.Ordinal) || t.Name.Contains("batch_balance", StringComparison.Ordinal) || t.Name.Contains("accepted_values", StringComparison.Ordinal)));
        var batch = Assert.Single(LakeRuns.Query(warehouse, "SELECT feed, rows_quarantined, marks_quarantined FROM etl_batch"));
        Assert.Equal(("review_sheet", 0L, outcome.MarksQuarantined), ((string)batch["feed"]!, (long)batch["rows_quarantined"]!, (long)batch["marks_quarantined"]!));
        var scopes = LakeRuns.Query(warehouse, "SELECT scope, count(*) AS n FROM etl_quarantine GROUP BY scope");
        Assert.Equal(("cell", outcome.MarksQuarantined), ((string)Assert.Single(scopes)["scope"]!, (long)scopes[0]["n"]!));
        var tiers = LakeRuns.Query(warehouse, "SELECT DISTINCT tier, stage FROM fact_award ORDER BY tier").Select(r => ((string)r["tier"]!, (string)r["stage"]!)).ToList();
        Assert.Equal([("first", "stage2"), ("second", "stage2"), ("third", "stage2")], tiers);
    }
}
