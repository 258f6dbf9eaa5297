using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Insights.Generator;
using Insights.Ingest.Datasets;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Ingest.Tests.Feeds.ReviewSheets;
using Parquet;

namespace Insights.Ingest.Tests.Lake;

/// <summary>
/// The lake a small generated season (with a wide review sheet and a rules file beside it) lands in holds exactly the
/// rows the ingest wrote before the feeds set their columns by name: the expected digests were computed by this test
/// on main's build at 6cf5d92, when every feed still set its columns by position. Lineage that changes from run to
/// run (batch_id, loaded_at) is left out; every other column, lineage included, is compared.
/// </summary>
public sealed class LakeRowsGoldenTests : IDisposable
{
    private static readonly byte[] s_key = "lake-golden-tests-key-0123456789"u8.ToArray();

    private static readonly HashSet<string> s_varying = new(StringComparer.Ordinal) { "batch_id", "loaded_at" };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "insights-golden-" + Guid.NewGuid().ToString("N"));

    /// <summary>Rows and SHA-256 of the sorted rows per dataset, as main's build (positional setters) landed them.</summary>
    public static TheoryData<string, long, string> Expected => new()
    {
        { "award", 82, "69a511c16389a255bb89302832e4831df72de8a093ec393f6154c1845d03beef" },
        { "blacklist", 41, "bd5adc8291aee83e6f0a1ee41b14a891e34c73c5469ed6d7b299ab58751c9f65" },
        { "complaint", 15, "3a7718a3f258d44c728563a65990bb1f148d1eb59be0d3576210f67f7e737993" },
        { "judge", 191, "06dbb10d02444565f3015cde076af3e42a0fc92546a45a1d7b40684a2460b06c" },
        { "panel_member", 282, "418379cba60d879c50d984d5a7043585f172202b0097d74753b921841e5d2562" },
        { "project", 120, "8e5d074fef7abc119a5c013a2abc0091eafaaa995ced22ed7aec6ae1e6c24c82" },
        { "quarantine", 23, "a547cf062a32031461d5f11287995ed835703940ec01220289538fc948d04f86" },
        { "representative", 440, "a0e1b5e58e5e0f67cc542f9ed5b7cb532b414fe411eeec1fb09cb4f418f30eab" },
        { "score", 2300, "4f06e06b75d7a747265670a67e1c5a913ee26c2864ac30247505a0c377972041" },
        { "stage_rule", 4, "3fb233c7d16998da1d505bd91c1e9eca660d42a78b96a61acc0002c85d64845c" },
        { "team", 120, "fce10c968ca4ad976094810318c26ad1a6e707a89903ed8873de3a64c1292012" },
        { "unit", 85, "42d06f9eb6302e7339b55a58d02c4ac4f8cdc3b703623bc6f9c76c3b5c3a0297" },
    };

    [Fact]
    public async Task Every_dataset_holds_the_rows_the_positional_ingest_wrote()
    {
        var digests = await LandAsync();
        var actual = string.Join("\n", digests.Select(d => $"{{ \"{d.Key}\", {d.Value.Rows}, \"{d.Value.Sha}\" }},"));
        var expected = string.Join("\n", Expected.Select(r => $"{{ \"{r.Data.Item1}\", {r.Data.Item2}, \"{r.Data.Item3}\" }},"));
        Assert.Equal(expected, actual);
    }

    private async Task<SortedDictionary<string, (long Rows, string Sha)>> LandAsync()
    {
        var source = Path.Combine(_root, "source");
        SeasonFiles.Generate(new GeneratorOptions(Path.Combine(source, "season"), Path.Combine(_root, "truth"), Projects: GeneratorOptions.MinimumProjects, Seed: 7));
        ReviewFixture.Write(Path.Combine(source, "sheet"), "2023-XX review.csv", ReviewFixture.Header(false, true), ReviewFixture.Rows(true));
        await File.WriteAllTextAsync(Path.Combine(source, "2023-XX.rules.yaml"), """
            season: 2023-XX
            stages:
              - stage: stage2
                order: 2
                score: trimmed_mean
                awards:
                  - {tier: first, share: 10%, at_least: 1, names: [一等奖, 金奖]}
                  - {tier: second, count: 40, names: 二等奖}
                  - {tier: third, min_score: 80}
              - stage: stage1
                order: 1
                basis: standard
                advance: 17.5%
            """, TestContext.Current.CancellationToken);
        var lakePath = Path.Combine(_root, "lake");
        await new LakeIngestor(new IngestOptions(source, lakePath, "2023-XX", s_key)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);

        var lake = new LakeStore(lakePath);
        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in lake.Current().SelectMany(c => c.Batch.Files.Where(f => f.Season == c.Season)).Distinct())
        {
            var dataset = LakeDatasets.Named(file.Dataset);
            if (!rows.TryGetValue(dataset.Name, out var list))
            {
                rows[dataset.Name] = list = [];
            }

            list.AddRange(await ReadAsync(dataset, lake.FullPath(file.Path)));
        }

        var digests = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var (name, list) in rows)
        {
            list.Sort(StringComparer.Ordinal);
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", list))));
            digests[name] = (list.Count, sha);
        }

        return digests;
    }

    // Every row as its cells' invariant text joined by a unit separator, nulls as NUL.
    private static async Task<List<string>> ReadAsync(LakeDataset dataset, string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<string>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var columns = new List<string?[]>();
            for (var c = 0; c < dataset.Columns.Count; c++)
            {
                var column = dataset.Columns[c];
                if (s_varying.Contains(column.Name))
                {
                    continue;
                }

                var field = fields.Single(f => f.Name == column.Name);
                columns.Add(column.Kind switch
                {
                    ValueKind.Text => await ReadTextAsync(group, field, n),
                    ValueKind.WholeNumber => await ReadAsync<long>(group, field, n, v => v?.ToString(CultureInfo.InvariantCulture)),
                    ValueKind.Real => await ReadAsync<double>(group, field, n, v => v?.ToString("R", CultureInfo.InvariantCulture)),
                    ValueKind.Date => await ReadAsync<DateTime>(group, field, n, v => v?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ValueKind.DateTime => await ReadAsync<DateTime>(group, field, n, v => v?.ToString("O", CultureInfo.InvariantCulture)),
                    _ => await ReadAsync<bool>(group, field, n, v => v?.ToString()),
                });
            }

            for (var r = 0; r < n; r++)
            {
                rows.Add(string.Join('\u001F', columns.Select(c => c[r] ?? "\u0000")));
            }
        }

        return rows;
    }

    private static async Task<string?[]> ReadTextAsync(ParquetRowGroupReader group, Parquet.Schema.DataField field, int n)
    {
        var data = new string?[n];
        await group.ReadAsync(field, data.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        return data;
    }

    private static async Task<string?[]> ReadAsync<T>(ParquetRowGroupReader group, Parquet.Schema.DataField field, int n, Func<T?, string?> text)
        where T : struct
    {
        var data = new T?[n];
        await group.ReadAsync(field, data.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        return [.. data.Select(text)];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
