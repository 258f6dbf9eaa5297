using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Model.Reference;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests.Bulk;

/// <summary>
/// The bulk path (DuckDB reads and checks the file in SQL) and the row-by-row path give the same lake on the same
/// file: every score row, every quarantined row with its column, value and reasons, the counts, seasons and warnings.
/// </summary>
public sealed class BulkIdentityTests(ITestOutputHelper output)
{
    private const string Header = "season,stage,track,panel,judge,project,criterion,score,min_score,max_score,scored_at,judge_group,project_group,round,standard_score";

    /// <summary>
    /// Proves: on 3,000 rows drawn by a seeded Random (seed 16) from good and bad values of every field, in an outside
    /// season, in the reference season 2024-JS (stage, track and criterion names resolved, the rubric's scale) and
    /// with the season left to the default: required labels missing, numbers in every form the C# parser reads
    /// (full-width, exponent, padded with U+3000) and unreadable, impossible dates (a year 0, a 24:00), round words, marks off
    /// the scale, unknown labels, and duplicate keys (also keys equal only after names resolve to codes), the two
    /// paths land identical score rows and quarantine rows (all columns but the load time), and the same manifest
    /// counts, seasons and warnings; and the bulk path really ran (it did not fall back).
    /// </summary>
    [Fact]
    public async Task Bulk_and_row_paths_give_identical_lakes_and_quarantines()
    {
        using var work = new TempDirectory("bulk-identity");
        var csv = work.Combine("scores.csv");
        File.WriteAllText(csv, Draw(new Random(16), 3000), new UTF8Encoding(false));

        var rows = await LandAsync(csv, work.Combine("rows"), long.MaxValue);
        var bulk = await LandAsync(csv, work.Combine("bulk"), 0);
        Assert.Equal("rows", rows.Outcome.LandedBy);
        Assert.True(bulk.Outcome.LandedBy == "bulk", "the bulk path fell back: " + bulk.Outcome.BulkFallback);
        output.WriteLine($"read {rows.Outcome.RowsRead}, landed {rows.Outcome.RowsLanded}, quarantined {rows.Outcome.RowsQuarantined}");
        Assert.True(rows.Outcome.RowsQuarantined > 300, "the drawn file must exercise the rules");
        Assert.True(rows.Outcome.RowsLanded > 300, "the drawn file must land rows too");

        Assert.Equal(rows.Outcome.RowsRead, bulk.Outcome.RowsRead);
        Assert.Equal(rows.Outcome.RowsLanded, bulk.Outcome.RowsLanded);
        Assert.Equal(rows.Outcome.RowsQuarantined, bulk.Outcome.RowsQuarantined);
        Assert.Equal(rows.Manifest.Seasons, bulk.Manifest.Seasons);
        Assert.Equal(rows.Manifest.Warnings, bulk.Manifest.Warnings);
        Assert.Equal(rows.Manifest.LakeRows, bulk.Manifest.LakeRows);
        foreach (var dataset in new[] { "score", "quarantine" })
        {
            var expected = Read(rows, dataset);
            var actual = Read(bulk, dataset);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(expected[i] == actual[i], $"{dataset} row {i}:\n rows: {expected[i]}\n bulk: {actual[i]}");
            }
        }
    }

    /// <summary>
    /// Proves: the same drawn file (seed 17) written in GB18030 is transcoded as a stream and taken by the bulk path, and
    /// lands the same score and quarantine rows, counts and warnings as row by row; its manifest names the source's
    /// encoding and checksum, and no transcoded copy is left in the lake.
    /// </summary>
    [Fact]
    public async Task A_gb18030_file_is_transcoded_to_the_bulk_path_with_the_same_result()
    {
        using var work = new TempDirectory("bulk-gb18030");
        var csv = work.Combine("scores.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllText(csv, Draw(new Random(17), 2000), Encoding.GetEncoding("GB18030"));

        var rows = await LandAsync(csv, work.Combine("rows"), long.MaxValue);
        var bulk = await LandAsync(csv, work.Combine("bulk"), 0);
        Assert.True(bulk.Outcome.LandedBy == "bulk", "the bulk path fell back: " + bulk.Outcome.BulkFallback);
        Assert.Equal("gb18030", bulk.Manifest.Encoding);
        Assert.Equal(rows.Manifest.SourceSha256, bulk.Manifest.SourceSha256);
        Assert.Equal((rows.Outcome.RowsRead, rows.Outcome.RowsLanded, rows.Outcome.RowsQuarantined), (bulk.Outcome.RowsRead, bulk.Outcome.RowsLanded, bulk.Outcome.RowsQuarantined));
        Assert.Equal(rows.Manifest.Warnings, bulk.Manifest.Warnings);
        Assert.Equal(Read(rows, "score"), Read(bulk, "score"));
        Assert.Equal(Read(rows, "quarantine"), Read(bulk, "quarantine"));
        Assert.False(Directory.Exists(work.Combine("bulk", "_bulk")), "the transcoded copy was left in the lake");
    }

    /// <summary>
    /// Proves: a generated season (seed 7, 600 projects: registrations, judges, planted problems) gives the same
    /// warehouse, table by table and row by row (all columns but the load times), whether its long score CSV (the
    /// written review, checked against the season's registrations and judge list) lands by the bulk path or row by row.
    /// </summary>
    [Fact]
    public async Task A_generated_season_gives_the_same_warehouse_by_either_path()
    {
        var season = GeneratedSeasonFiles.Shared(600, 7);
        using var work = new TempDirectory("bulk-season");
        var rows = await LakeRuns.LandAsync(season.ExportFolder, work.Combine("rows", "lake"), long.MaxValue);
        var bulk = await LakeRuns.LandAsync(season.ExportFolder, work.Combine("bulk", "lake"), 0L);
        var scores = Assert.Single(bulk, o => o.LandedBy == "bulk");
        output.WriteLine($"{scores.File}: {scores.RowsRead:N0} rows by the bulk path ({string.Join(", ", scores.BulkSeconds.Select(s => $"{s.Key} {s.Value} s"))})");
        LakeRuns.Build(work.Combine("rows", "lake"), work.Combine("rows", "W.duckdb"));
        LakeRuns.Build(work.Combine("bulk", "lake"), work.Combine("bulk", "W.duckdb"));
        static bool LoadTime(string table, string column) => column == "loaded_at";
        var differences = WarehouseDump.Differences(WarehouseDump.Read(work.Combine("rows", "W.duckdb"), LoadTime), WarehouseDump.Read(work.Combine("bulk", "W.duckdb"), LoadTime));
        Assert.True(differences is null, "the warehouses differ:\n" + differences);
    }

    /// <summary>Proves: a file the shape scan cannot admit (a quoted field) lands row by row, with the same result.</summary>
    [Fact]
    public async Task A_file_with_quotes_goes_row_by_row()
    {
        using var work = new TempDirectory("bulk-fallback");
        var csv = work.Combine("scores.csv");
        File.WriteAllText(csv, Header + "\nOUT,written,T01,P1,J1,\"BP,1\",team,5,,,,,,,\n", new UTF8Encoding(false));
        var landed = await LandAsync(csv, work.Combine("lake"), 0);
        Assert.Equal("rows", landed.Outcome.LandedBy);
        Assert.Equal(1, landed.Outcome.RowsLanded);
    }

    internal static async Task<(FileOutcome Outcome, BatchManifest Manifest, string Lake)> LandAsync(string csv, string lake, long bulkMinBytes)
    {
        var (outcome, manifest, _) = await LandAnyAsync(csv, lake, bulkMinBytes);
        Assert.Equal("landed", outcome.Status);
        return (outcome, Assert.IsType<BatchManifest>(manifest), lake);
    }

    /// <summary>Lands one file (season OUT-DEFAULT where it names none); the manifest is null when nothing was committed.</summary>
    /// <param name="csv">The file.</param>
    /// <param name="lake">The lake folder.</param>
    /// <param name="bulkMinBytes">0: the bulk path; <see cref="long.MaxValue"/>: row by row.</param>
    internal static async Task<(FileOutcome Outcome, BatchManifest? Manifest, string Lake)> LandAnyAsync(string csv, string lake, long bulkMinBytes)
    {
        var options = new IngestOptions(csv, lake, "OUT-DEFAULT", LakeRuns.KeyBytes) { BulkMinBytes = bulkMinBytes };
        var outcome = Assert.Single(await new LakeIngestor(options).IngestAsync());
        var manifests = new LakeStore(lake).Manifests();
        return (outcome, manifests.Count == 1 ? manifests[0] : null, lake);
    }

    internal static List<string> Read((FileOutcome Outcome, BatchManifest Manifest, string Lake) landed, string dataset)
    {
        var files = landed.Manifest.Files.Where(f => f.Dataset == dataset).Select(f => Path.Combine(landed.Lake, f.Path)).ToList();
        if (files.Count == 0)
        {
            return [];
        }

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var list = string.Join(", ", files.Select(f => "'" + f.Replace("'", "''", StringComparison.Ordinal) + "'"));
        command.CommandText = $"SELECT * EXCLUDE (loaded_at) FROM read_parquet([{list}], union_by_name = true, hive_partitioning = false) ORDER BY ALL";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)))));
        }

        return rows;
    }

    // Good and bad values for each field; the reference season's labels come from its catalog, in codes and names.
    internal static string Draw(Random random, int count)
    {
        var catalog = ReferenceCatalog.Load("2024-JS");
        var rubric = catalog.Rubrics[0];
        string[] seasons = ["OUT", "OUT", "2024-JS", "2024-JS", ""];
        string[] stages = [Model.Review.StageNames.Code(rubric.Stage), Model.Review.StageNames.NameZh(rubric.Stage), " written ", "", "bogus"];
        string[] tracks = ["T01", catalog.Tracks[1].NameZh, "T99", "", "T03"];
        var criteria = rubric.Criteria.SelectMany(c => new[] { c.Code, c.NameZh }).Append("no-such").Append("").ToArray();
        string[] scores = ["5", "7.5", "８", "１２.５", "1e1", "abc", "", "-3", "150", " 9 ", "\u30006\u3000", "0", "-0", "10"];
        string[] bounds = ["", "", "0", "100", "x"];
        string[] times = ["2024-08-18 10:00", "2024/8/18 10:00", "2024-02-30 10:00", "2024-08-18 10:00:30", "", "", "x", "2024-08-18T10:00:00+08:00", "0000-01-01 10:00", "9999-12-31 23:59:59", "2024-08-18 24:00"];
        string[] groups = ["U01", "", " U02"];
        string[] rounds = ["", "", "", "0", "1", "复议", "x", "2"];
        string[] standards = ["", "", "1.5", "abc", "-0.25"];
        string[] panels = ["P1", "P2", ""];
        string[] judges = ["J001", "J002", "J003", "\u3000J001", ""];
        string[] projects = ["BP01", "BP02", "BP03", "BP04", ""];
        // The first two values of each list are good: drawn 85 % of the time, so that rows land as well as fail.
        string Pick(string[] values) => values[random.NextDouble() < 0.85 ? random.Next(2) : random.Next(values.Length)];
        var b = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < count; i++)
        {
            b.AppendJoin(',', [
                Pick(seasons), Pick(stages), Pick(tracks), Pick(panels), Pick(judges), Pick(projects), Pick(criteria),
                Pick(scores), Pick(bounds), Pick(bounds), Pick(times), Pick(groups), Pick(groups), Pick(rounds), Pick(standards)]).Append('\n');
        }

        return b.ToString();
    }
}
