using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Insights.Ingest.Feeds;
using Insights.Ingest.Feeds.Layouts;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Ingest.Privacy;
using Insights.Ingest.Reading;
using Insights.Model.Reference;
using Insights.Warehouse.Building;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary>
/// Runs an ingest: lands the files (with progress bars), rebuilds the warehouse, prints the summary. Names of files
/// and folders are printed escaped (<see cref="DisplayText"/>); a full disk is reported as such, with the lake's own
/// error, and exit code 2.
/// </summary>
internal static class IngestRunner
{
    public static async Task<int> RunAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var console = request.Json ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : AnsiConsole.Console;
        if (Console.IsOutputRedirected && !request.Json)
        {
            // A log file has no terminal width; 80 columns would fold the file names of the summary table.
            console.Profile.Width = 160;
        }
        if (Usage(request) is { } usage)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {DisplayText.Escape(usage)}");
            return IngestExitCode.Unreadable;
        }

        byte[] key;
        try
        {
            (key, var keySource) = PersonalDataKey.Load(request.KeyFile, out var created);
            if (created)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]已新建个人信息哈希密钥 / created a new personal-data key:[/] {DisplayText.Escape(keySource)}. 请妥善保管 / keep it apart from the data: the same key must be used for every ingest.");
            }
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {DisplayText.Escape(UserMessage.Of(e))}");
            return IngestExitCode.Unreadable;
        }

        LayoutFile? layout = null;
        if (request.Layout is { } layoutPath)
        {
            try
            {
                layout = LayoutFile.Load(layoutPath);
            }
            catch (FeedException e)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {e.MessageZh}");
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"    {e.MessageEn}");
                return IngestExitCode.Unreadable;
            }
        }

        // A given --season wins over the layout file's, which wins over the default.
        var season = request.Season ?? layout?.Season ?? ReferenceCatalog.DefaultSeasonId;
        var lakePath = request.Lake ?? WarehouseOptions.DefaultLake(request.Warehouse);
        var options = new IngestOptions(request.Source, lakePath, season, key, request.Encoding, request.Feed, Rules: request.Rules, Layout: layout, KnownSeasonsOnly: true)
        {
            BulkMinBytes = request.Bulk switch { "always" => 0, "never" => long.MaxValue, _ => IngestOptions.DefaultBulkMinBytes },
        };
        IReadOnlyList<FileOutcome> outcomes;
        BuildReport report;
        try
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]导入 / ingest[/] {DisplayText.Escape(request.Source)} → 数据湖 / lake {DisplayText.Escape(lakePath)}");
            var ingestor = new LakeIngestor(options);
            outcomes = await RunWithProgressAsync(console, ingestor, request.Json, cancellationToken);
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]构建数据仓库 / building the warehouse[/] {DisplayText.Escape(request.Warehouse)}");
            // Give the landing's memory back before DuckDB takes its own: the two phases peak one after the other.
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            report = WarehouseBuilder.Build(ingestor.Lake, request.Warehouse, retestAll: request.RetestAll);
        }
        catch (Exception e) when (DiskFull.Is(e))
        {
            // Before the general case: a full disk (the lake's IOException, or DuckDB's error) is said as such.
            var (zh, en) = DiskFull.Describe(e);
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {zh}");
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"    {en}");
            return IngestExitCode.Unreadable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {DisplayText.Escape(UserMessage.Of(e))}");
            return IngestExitCode.Unreadable;
        }

        var exit = IngestExitCode.Of(outcomes, report);
        if (request.Json)
        {
            Console.Out.WriteLine(LakeStore.ToJson(new
            {
                exit_code = exit,
                lake = lakePath,
                warehouse = report.Warehouse,
                files = outcomes,
                findings = report.Findings,
                data_tests = report.Tests,
                data_tests_carried = report.DataTestsCarried,
                tables = report.Tables,
                build_seconds = report.Seconds,
                seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
            }));
            return exit;
        }

        IngestSummary.Write(console, outcomes, report, clock.Elapsed, exit);
        return exit;
    }

    // Mistakes in the command line are found before anything is created or read.
    private static string? Usage(IngestRequest request)
    {
        if (!File.Exists(request.Source) && !Directory.Exists(request.Source))
        {
            return $"找不到源目录或文件 {request.Source} / no source folder or file {request.Source}";
        }

        if (request.Encoding is { } encoding && !TableReaders.IsKnownEncoding(encoding))
        {
            return $"不支持的编码 {encoding}（可用 utf-8、gb18030、gbk）/ unknown encoding {encoding} (use utf-8, gb18030 or gbk)";
        }

        var feeds = new FeedCatalog(null).All.Select(f => f.Id).ToList();
        if (request.Feed is { } feed && !feeds.Contains(feed))
        {
            return $"没有名为 {feed} 的数据类型 / no feed named {feed} (one of: {string.Join(", ", feeds)})";
        }

        return null;
    }

    private static async Task<IReadOnlyList<FileOutcome>> RunWithProgressAsync(IAnsiConsole console, LakeIngestor ingestor, bool quiet, CancellationToken cancellationToken)
    {
        if (quiet || Console.IsOutputRedirected)
        {
            string? last = null;
            return await ingestor.IngestAsync(new SynchronousProgress<IngestProgress>(p =>
            {
                if (p.File != last && !quiet)
                {
                    console.WriteLine("  " + DisplayText.Escape(p.File));
                }

                last = p.File;
            }), cancellationToken);
        }

        IReadOnlyList<FileOutcome>? outcomes = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                outcomes = await ingestor.IngestAsync(new SynchronousProgress<IngestProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.File, out var task))
                    {
                        tasks[p.File] = task = context.AddTask(Markup.Escape(DisplayText.Escape(p.File)), maxValue: Math.Max(1, p.Length));
                    }

                    task.Value = p.BytesRead;
                }), cancellationToken);
            });
        return outcomes!;
    }
}
