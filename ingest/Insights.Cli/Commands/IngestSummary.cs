using System.Globalization;
using Insights.Ingest.Pipeline;
using Insights.Ingest.Reading;
using Insights.Warehouse.Building;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary>The tables an ingest prints: files, quarantined rows, findings, data tests.</summary>
internal static class IngestSummary
{
    public static void Write(IAnsiConsole console, IReadOnlyList<FileOutcome> outcomes, BuildReport report, TimeSpan elapsed, int exit)
    {
        var files = new Table().Title("文件 / files")
            .AddColumn(new TableColumn("文件 / file").NoWrap())
            .AddColumn(new TableColumn("类型 / feed").NoWrap())
            .AddColumn(new TableColumn("状态 / status").NoWrap())
            .AddColumns("读取 / read", "入库 / landed", "隔离 / quarantined", "湖内行 / lake rows");
        foreach (var o in outcomes)
        {
            var status = o.Status switch
            {
                "landed" when o.LandedBy == "bulk" => "[green]已入库（批量）/ landed (bulk)[/]",
                "landed" => "[green]已入库 / landed[/]",
                "unchanged" => "[grey]未变化 / unchanged[/]",
                "skipped" => "[yellow]跳过 / skipped[/]",
                _ => "[red]失败 / failed[/]",
            };
            files.AddRow(Shown(o.File), Markup.Escape(o.Feed ?? "?"), status, N(o.RowsRead), N(o.RowsLanded), o.RowsQuarantined > 0 ? $"[yellow]{N(o.RowsQuarantined)}[/]" : "0", N(o.LakeRows));
        }

        console.Write(files);
        foreach (var o in outcomes.Where(o => o.Status is "failed" or "skipped"))
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]无法导入 / not landed:[/] {DisplayText.Escape(o.ErrorZh)}");
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"    {DisplayText.Escape(o.ErrorEn)}");
        }

        foreach (var o in outcomes.Where(o => o.Samples.Count > 0))
        {
            var table = new Table().Title(Shown($"隔离的行 / quarantined rows: {o.File} ({N(o.RowsQuarantined)})")).AddColumns("行 / row", "列 / column", "值 / value", "原因 / reason");
            foreach (var s in o.Samples)
            {
                table.AddRow(N(s.Row), Shown(s.Column), Shown(s.Value), Shown($"{s.ReasonZh} / {s.ReasonEn}"));
            }

            console.Write(table);
        }

        foreach (var o in outcomes.Where(o => o.CellSamples.Count > 0))
        {
            var table = new Table().Title(Shown($"隔离的分数（该行其余部分已入库）/ quarantined marks (the rest of the row landed): {o.File} ({N(o.MarksQuarantined)})")).AddColumns("行 / row", "列 / column", "值 / value", "原因 / reason");
            foreach (var s in o.CellSamples)
            {
                table.AddRow(N(s.Row), Shown(s.Column), Shown(s.Value), Shown($"{s.ReasonZh} / {s.ReasonEn}"));
            }

            console.Write(table);
        }

        foreach (var warning in outcomes.SelectMany(o => o.Warnings.Select(w => (o.File, w))))
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]注意 / warning[/] {DisplayText.Escape(warning.File)}: {DisplayText.Escape(warning.w)}");
        }

        if (report.Findings.Count > 0)
        {
            var findings = new Table().Title("规则发现 / rule findings").AddColumns("规则 / rule", "数量 / count");
            foreach (var (rule, count) in report.Findings)
            {
                findings.AddRow(rule, N(count));
            }

            console.Write(findings);
        }
        else
        {
            console.MarkupLine("[green]没有违反通知规则的发现 / no rule findings[/]");
        }

        var failed = report.Tests.Where(t => !t.Passed).ToList();
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"数据测试 / data tests: {report.Tests.Count - failed.Count} passed, {failed.Count} failed");
        foreach (var t in failed)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [{(t.Severity == "error" ? "red" : "yellow")}]{t.Name}[/] ({t.Severity}): {t.Failures} rows: {t.Description}");
            foreach (var line in t.Sample)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"    {DisplayText.Escape(line)}");
            }
        }

        if (report.DataTestsCarried.Count > 0)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"按赛季的数据测试沿用上次通过的结果（输入未变）/ season-scoped data tests carried (passed before, input unchanged): {string.Join(", ", report.DataTestsCarried)}; --retest-all 全部重测 / reruns them");
        }

        if (report.AnalysisKept.Count > 0)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]分析结果已保留 / analysis kept[/] (输入未变 / input unchanged): {string.Join(", ", report.AnalysisKept)}");
        }

        if (report.AnalysisStale.Count > 0)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[yellow]需要重新分析 / analyse again[/] (输入已变 / input changed): {string.Join(", ", report.AnalysisStale)} → ./insights analyze --warehouse {report.Warehouse} --out DIR");
        }

        if (report.AnalysisProblem is { } problem)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]注意 / warning[/] {problem}");
        }

        var read = outcomes.Sum(o => o.RowsRead);
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"完成 / done in {elapsed.TotalSeconds:0.0} s: {N(read)} rows read = {N(outcomes.Sum(o => o.RowsLanded))} landed + {N(outcomes.Sum(o => o.RowsQuarantined))} quarantined; warehouse {DisplayText.Escape(report.Warehouse)}; exit code {exit}");
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    // Text from the files (names, cells) as markup: control characters escaped first, then Spectre's brackets.
    private static string Shown(string text) => Markup.Escape(DisplayText.Escape(text));
}
