using System.CommandLine;
using Insights.Analytics.Pipeline;
using Insights.Generator;
using Insights.Warehouse.Building;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights run</c>: the main job on the embedded default season. It generates a province-scale season into
/// <c>DATA/SEASON/source</c> (unless it is already there), ingests it into the lake <c>DATA/lake</c> and the
/// warehouse <c>DATA/warehouse.duckdb</c>, analyses it into <c>DATA/analysis</c> and the warehouse, writes the
/// committees' fairness reports as HTML into <c>DATA/reports</c> (PDFs: <c>insights report</c>), then serves the
/// dashboard over it (unless <c>--no-serve</c>). On an existing warehouse it ingests what changed first: files of the
/// season's source or of <c>DATA/incoming</c> that the warehouse has no batch of (<see cref="RunChanges"/>), then
/// analyses the seasons whose analysis that dropped (a rebuild keeps the others'), and writes the reports again;
/// with nothing changed it just serves.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "数据目录 / data folder",
            DefaultValueFactory = _ => new DirectoryInfo("data"),
        };
        var projects = CommonOptions.Projects();
        var seed = CommonOptions.Seed();
        var season = CommonOptions.Season();
        var noServe = new Option<bool>("--no-serve") { Description = "分析后不启动仪表盘 / stop after the analysis instead of serving the dashboard" };
        var urls = ServeCommand.Urls();
        var users = ServeCommand.Users();
        var command = new Command("run", "主任务：生成、导入、分析默认赛季并启动仪表盘 / main job: generate, ingest and analyse the default season, then serve the dashboard")
        {
            data, projects, seed, season, noServe, urls, users,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var seasonId = parse.GetValue(season)!;
            var dataRoot = parse.GetValue(data)!.FullName;
            var warehouse = Path.Combine(dataRoot, "warehouse.duckdb");
            // A port in use is found before minutes of work, not after.
            if (!parse.GetValue(noServe) && PortCheck.InUse(parse.GetValue(urls)!) is { } inUse)
            {
                Console.Error.WriteLine(inUse);
                return 2;
            }

            if (File.Exists(warehouse))
            {
                var updated = await UpdateAsync(dataRoot, warehouse, seasonId, cancellationToken);
                if (updated != 0)
                {
                    return updated;
                }
            }
            else
            {
                var prepared = await PrepareAsync(dataRoot, warehouse, seasonId, parse.GetValue(projects), parse.GetValue(seed), cancellationToken);
                if (prepared != 0)
                {
                    return prepared;
                }
            }

            return parse.GetValue(noServe) ? 0 : ServeCommand.Run(warehouse, parse.GetValue(urls)!, parse.GetValue(users)?.FullName, cancellationToken);
        });
        return command;
    }

    /// <summary>Generates (once), ingests and analyses the season; 0 when there is a warehouse to serve.</summary>
    private static async Task<int> PrepareAsync(string dataRoot, string warehouse, string seasonId, int projects, ulong seed, CancellationToken cancellationToken)
    {
        var root = Path.Combine(dataRoot, seasonId);
        var source = Path.Combine(root, "source");
        if (!File.Exists(Path.Combine(source, "manifest.json")))
        {
            var generated = GenerationRunner.Run(new GeneratorOptions(source, Path.Combine(root, "truth"), projects, seed, seasonId));
            if (generated != 0)
            {
                return generated;
            }
        }
        else
        {
            Console.WriteLine($"已有生成的赛季 / using the season already generated in {source}");
        }

        return await IngestAndAnalyseAsync(dataRoot, warehouse, seasonId, [source], cancellationToken);
    }

    /// <summary>On an existing warehouse: ingests and analyses what changed in the data folder, if anything.</summary>
    private static async Task<int> UpdateAsync(string dataRoot, string warehouse, string seasonId, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string Folder, IReadOnlyList<string> Files)> pending;
        IReadOnlyList<string> unanalysed;
        try
        {
            pending = RunChanges.Pending(warehouse, [Path.Combine(dataRoot, seasonId, "source"), Path.Combine(dataRoot, RunChanges.Incoming)]);
            unanalysed = RunChanges.Unanalysed(warehouse);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
        {
            Console.Error.WriteLine($"错误 / error: 无法检查数据目录的变化 / cannot check {dataRoot} for changes: {e.Message}");
            return IngestExitCode.Unreadable;
        }

        if (pending.Count == 0 && unanalysed.Count == 0)
        {
            Console.WriteLine($"数据未变化，直接使用已有数据仓库 / nothing changed: serving the existing warehouse {warehouse} (new data files go into {Path.Combine(dataRoot, RunChanges.Incoming)}; delete {dataRoot} to start over)");
            return 0;
        }

        foreach (var (folder, files) in pending)
        {
            Console.WriteLine($"新的或已更改的文件 / new or changed files in {folder}: {string.Join(", ", files)}");
        }

        return await IngestAndAnalyseAsync(dataRoot, warehouse, seasonId, [.. pending.Select(p => p.Folder)], cancellationToken);
    }

    /// <summary>Ingests the folders (each rebuilds the warehouse, keeping unchanged seasons' analysis), analyses every
    /// season without a current analysis and writes the season's reports.</summary>
    private static async Task<int> IngestAndAnalyseAsync(string dataRoot, string warehouse, string seasonId, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            var exit = await IngestRunner.RunAsync(
                new IngestRequest(source, warehouse, Path.Combine(dataRoot, "lake"), seasonId, null, null, null, false), cancellationToken);
            if (exit == IngestExitCode.Unreadable)
            {
                return exit;
            }
        }

        // A generated season has planted rule breaches and judging problems, so findings (exit 1 of ingest and analyze)
        // are the expected outcome of the demo, not a failure.
        foreach (var season in RunChanges.Unanalysed(warehouse))
        {
            var folder = season == seasonId ? Path.Combine(dataRoot, "analysis") : Path.Combine(dataRoot, "analysis-" + season);
            var analysis = AnalyzeRunner.Run(
                new AnalyzeOptions(warehouse, folder, season, Parallelism: Math.Max(1, Environment.ProcessorCount)),
                json: false,
                cancellationToken);
            if (analysis == AnalyzeRunner.Unusable)
            {
                return analysis;
            }
        }

        // The committees' reports in Chinese, HTML only: printing PDFs takes Chromium and a second per report.
        var reports = Path.Combine(dataRoot, "reports");
        var written = Insights.Reports.ReportWriter.Write(warehouse, reports, null, "zh", pdf: false, seasonId);
        Console.WriteLine($"公平性报告 / fairness reports: {written.Count} HTML files in {reports} (PDF: insights report --warehouse {warehouse} --out {reports})");
        return 0;
    }
}
