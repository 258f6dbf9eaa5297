using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Insights.Analytics.Pipeline;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Season;
using Insights.Analytics.Pipeline.Warehouse;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary>Runs an analysis: progress per unit, the files, the warehouse tables, a summary table.</summary>
internal static class AnalyzeRunner
{
    /// <summary>Exit code: analysed, no error-level finding.</summary>
    public const int Analysed = 0;

    /// <summary>Exit code: analysed, with error-level findings.</summary>
    public const int ErrorFindings = 1;

    /// <summary>Exit code: usage error or unreadable warehouse.</summary>
    public const int Unusable = 2;

    public static int Run(AnalyzeOptions options, bool json, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var console = json ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : AnsiConsole.Console;
        if (options.Resamples < 1)
        {
            console.MarkupLine("[red]错误 / error:[/] --resamples 必须为正 / must be positive");
            return Unusable;
        }

        AnalysisResult result;
        try
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]分析 / analyze[/] {options.Warehouse} → {options.OutputFolder}");
            result = SeasonAnalysis.Run(options, new SynchronousProgress<AnalysisProgress>(p =>
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [grey]{p.Done,3}/{p.Total}[/] {p.Unit} ({p.Marks:N0} 评分 / marks)")), cancellationToken);
            AnalysisFiles.Write(result, options.OutputFolder);
            if (options.WriteWarehouse)
            {
                AnalyticsWarehouse.Write(result, AnalysisSummary.Json(result));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or DuckDBException)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {UserMessage.Of(e)}");
            return Unusable;
        }

        var exit = result.Findings.Any(f => f.Level == "error") ? ErrorFindings : Analysed;
        if (json)
        {
            Console.Out.Write(AnalysisSummary.Json(result));
            return exit;
        }

        var table = new Table().AddColumns("发现 / finding", "警告 / warning", "错误 / error");
        foreach (var kind in result.Findings.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(kind.Key, kind.Count(f => f.Level == "warning").ToString(CultureInfo.InvariantCulture), kind.Count(f => f.Level == "error").ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        WriteDecisions(console, result);
        foreach (var warning in result.Warnings.Take(10))
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]注意 / note:[/] {warning}");
        }

        if (result.Warnings.Count > 10)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]注意 / note:[/] … {result.Warnings.Count - 10} more in summary.json");
        }

        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"完成 / done in {clock.Elapsed.TotalSeconds:0.0} s: {result.Units.Count} units, {result.Units.Sum(u => (long)u.Marks):N0} marks, {result.Judges.Count:N0} judge rows, {result.Findings.Count} findings → {options.OutputFolder}{(options.WriteWarehouse ? "; warehouse tables analytics_* and fact_finding updated" : "")}; exit code {exit}");
        return exit;
    }

    /// <summary>The awards each deciding unit gives by its rule, against the published awards, fair scores and standardized marks.</summary>
    private static void WriteDecisions(IAnsiConsole console, AnalysisResult result)
    {
        var awards = result.Units.Where(u => u.Awards is { Decides: "award" }).ToList();
        if (awards.Count == 0)
        {
            return;
        }

        static string N(int n) => n < 0 ? "-" : n.ToString(CultureInfo.InvariantCulture);
        var table = new Table().AddColumns("奖项 / awards", "规则 / rule", "获奖 / awarded", "公布 / published", "与规则不同 / published ≠ rule",
            "校准后不同 / fair ≠ rule", "标准分与校准不同 / standardized ≠ fair");
        foreach (var u in awards)
        {
            var a = u.Awards!;
            table.AddRow(Markup.Escape(u.Unit), $"{a.RuleSource}, {a.Basis}", N(a.Decided), N(a.Published), N(a.PublishedDiffers), N(a.FairDiffers), N(a.StandardDiffersFromFair));
        }

        console.Write(table);
    }
}
