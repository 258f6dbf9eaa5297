using System.Diagnostics;
using System.Text;
using Insights.Ingest.Lake;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>An ingest killed at any moment leaves nothing that a later ingest cannot finish into the same warehouse.</summary>
[Collection(RunsAlone.Name)]
public sealed class KillAndResumeTests(ITestOutputHelper output)
{
    private const int Rounds = 12;
    private const int RandomSeed = 4242;
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Proves: for a season of 2,500 projects (seed 7), an uninterrupted <c>insights ingest</c> into W0, and 12 rounds in
    /// which an ingest into a fresh lake and warehouse is killed (whole process tree) once or twice in a row after a
    /// delay drawn by a seeded Random between 50 ms and the uninterrupted run's duration, then run to completion: the
    /// completed run exits as the uninterrupted one did, commits the same batches (ids and sequence numbers) and its
    /// warehouse is identical to W0 in every table and view, except the columns named <c>loaded_at</c> (etl_batch,
    /// etl_quarantine and stg_quarantine, and the lineage column of every lake_* table): they hold the wall-clock time
    /// a batch was landed, which differs between runs by design and is the only time-dependent value in the warehouse.
    /// No *.tmp or *.building file, no bulk working folder, and no batch folder without a manifest, is left after the
    /// completed run. Run with the row-by-row path and with the long score CSV on the bulk path (<c>--bulk always</c>).
    /// </summary>
    /// <param name="bulk">The <c>--bulk</c> mode of every run.</param>
    [Theory]
    [InlineData("never")]
    [InlineData("always")]
    public void Ingest_killed_at_random_moments_then_resumed_gives_the_same_warehouse(string bulk)
    {
        var clock = Stopwatch.StartNew();
        var season = GeneratedSeasonFiles.Shared(2500, 7);
        using var work = new TempDirectory("kill");
        output.WriteLine($"CLI {Cli.Dll} (copy of {Cli.Origin}); season generated in {clock.Elapsed.TotalSeconds:0.0} s");

        var w0 = work.Combine("w0", "W.duckdb");
        var reference = Cli.Run(s_timeout, "ingest", season.ExportFolder, "--warehouse", w0, "--json", "--bulk", bulk);
        Assert.True(reference.Exit is 0 or 1, $"uninterrupted ingest exited {reference.Exit}: {reference.Stderr}");
        Assert.Equal(bulk == "always", reference.Stdout.Contains("\"landed_by\": \"bulk\"", StringComparison.Ordinal));
        var excluded = new SortedSet<string>(StringComparer.Ordinal);
        bool Exclude(string table, string column)
        {
            if (column != "loaded_at")
            {
                return false;
            }

            lock (excluded)
            {
                excluded.Add(table + "." + column);
            }

            return true;
        }

        var dump0 = WarehouseDump.Read(w0, Exclude);
        var batches0 = new LakeStore(work.Combine("w0", "lake")).Manifests().Select(m => (m.BatchId, m.Sequence)).ToList();
        var duration = (int)reference.Elapsed.TotalMilliseconds;
        output.WriteLine($"uninterrupted: exit {reference.Exit} in {duration} ms, {batches0.Count} batches, {dump0.Tables.Count} tables and views, {dump0.Rows:N0} rows; excluded {string.Join(", ", excluded)}");

        var random = new Random(RandomSeed);
        var problems = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var folder = work.Combine($"r{round:00}");
            var warehouse = Path.Combine(folder, "W.duckdb");
            var kills = new List<string>();
            for (var k = random.Next(1, 3); k > 0; k--)
            {
                var delay = random.Next(50, duration);
                var stdout = new StringBuilder();
                var stderr = new StringBuilder();
                using var process = Cli.Start(stdout, stderr, "ingest", season.ExportFolder, "--warehouse", warehouse, "--json", "--bulk", bulk);
                if (process.WaitForExit(delay))
                {
                    kills.Add($"finished before {delay} ms (exit {process.ExitCode})");
                    continue;
                }

                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                var manifests = Directory.Exists(Path.Combine(folder, "lake", "_manifests")) ? Directory.GetFiles(Path.Combine(folder, "lake", "_manifests"), "*.json").Length : 0;
                kills.Add($"killed at {delay} ms ({manifests} batches committed)");
            }

            var resumed = Cli.Run(s_timeout, "ingest", season.ExportFolder, "--warehouse", warehouse, "--json", "--bulk", bulk);
            var label = $"round {round}: {string.Join(", then ", kills)}; resumed: exit {resumed.Exit} in {resumed.Elapsed.TotalMilliseconds:0} ms";
            output.WriteLine(label);
            if (resumed.Exit != reference.Exit)
            {
                problems.Add($"{label}: exit {resumed.Exit}, not {reference.Exit}: {resumed.Stderr}");
                continue;
            }

            var leftovers = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".tmp", StringComparison.Ordinal) || Path.GetFileName(f).Contains(".building", StringComparison.Ordinal)
                    || f.Contains(Path.DirectorySeparatorChar + "_bulk" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(folder, f))
                .ToList();
            if (leftovers.Count > 0)
            {
                problems.Add($"{label}: leftovers {string.Join(", ", leftovers)}");
            }

            var store = new LakeStore(Path.Combine(folder, "lake"));
            var batches = store.Manifests().Select(m => (m.BatchId, m.Sequence)).ToList();
            if (!batches.SequenceEqual(batches0))
            {
                problems.Add($"{label}: batches {string.Join(", ", batches)} differ from the uninterrupted run's {string.Join(", ", batches0)}");
            }

            var committed = batches.Select(b => "batch=" + b.BatchId).ToHashSet(StringComparer.Ordinal);
            var orphans = Directory.EnumerateDirectories(store.Root, "batch=*", SearchOption.AllDirectories).Where(d => !committed.Contains(Path.GetFileName(d))).ToList();
            if (orphans.Count > 0)
            {
                problems.Add($"{label}: batch folders without a manifest: {string.Join(", ", orphans.Select(o => Path.GetRelativePath(store.Root, o)))}");
            }

            var differences = WarehouseDump.Differences(dump0, WarehouseDump.Read(warehouse, Exclude));
            if (differences is not null)
            {
                problems.Add($"{label}: the warehouse differs from W0:\n{differences}");
            }
        }

        output.WriteLine($"{Rounds} rounds in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
