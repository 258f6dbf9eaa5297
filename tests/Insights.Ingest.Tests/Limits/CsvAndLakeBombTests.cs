using Insights.Ingest.Lake;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Limits;

/// <summary>
/// The limits past the readers: a CSV header wider than <see cref="TableReadOptions.MaxColumns"/>, a file of rows as
/// wide as Excel allows (read ahead within a memory bound: the peak is in <see cref="PeakMemoryTests"/>), and a file
/// whose rows fall in more lake partitions than <see cref="BatchSink.MaxPartitions"/>.
/// </summary>
public sealed class CsvAndLakeBombTests : IDisposable
{
    private readonly BombFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_csv_header_wider_than_Excel_is_refused()
    {
        File.WriteAllText(_folder.In("wide.csv"), InputBombs.GoodCsv[..InputBombs.GoodCsv.IndexOf('\n')] + string.Concat(Enumerable.Range(8, 16_377).Select(i => $",c{i}")) + "\n");

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(outcomes, "wide.csv", "表头有 16,385 列，多于 16,384 列", "the header has 16,385 columns, more than 16,384 (limit 16,384)");
    }

    [Fact]
    public async Task Rows_as_wide_as_Excel_allows_land_quarantined()
    {
        InputBombs.WideHeaderCsv(_folder.In("columns.csv"), 2_000);

        var outcomes = await _folder.IngestAsync();

        var wide = Assert.Single(outcomes, o => o.File == "columns.csv");
        Assert.Equal(("landed", 2_000L, 2_000L), (wide.Status, wide.RowsRead, wide.RowsQuarantined));
        Assert.Contains("fewer fields than the header: 8 fields for 16384 columns", wide.Samples[0].ReasonEn, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(outcomes, o => o.File == "good.csv").RowsLanded);
    }

    [Fact]
    public async Task A_file_whose_rows_fall_in_thousands_of_seasons_is_refused_at_the_partition_limit()
    {
        // Before the limit, each season's partition took its row buffers whole: 3,000 seasons, 22 GB, out of memory.
        // Not run against the old code for that reason.
        InputBombs.SeasonsCsv(_folder.In("seasons.csv"), 3_000);

        var outcomes = await _folder.IngestAsync();

        var refused = BombFolder.AssertRefused(
            outcomes, "seasons.csv",
            "文件的行分属 1,024 个以上的数据集与赛季分区（赛季“S1024”是又一个）",
            "the file's rows fall in more than 1,024 dataset and season partitions (season \"S1024\" is one more)");
        Assert.Contains("seasons.csv, row 1026", refused.ErrorEn, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(_folder.Lake, "season=S*", SearchOption.AllDirectories));
    }
}
