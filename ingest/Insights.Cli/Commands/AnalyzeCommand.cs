using System.CommandLine;
using Insights.Analytics.Pipeline;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights analyze --warehouse PATH --out DIR</c>: judge severity, panel reliability, stage linking, anomalies,
/// bias and award robustness per analysis unit; writes judges.csv, panels.csv, projects.csv, findings.csv and
/// summary.json, and the analytics marts and findings into the warehouse. Exit codes: 0 analysed; 1 analysed with
/// error-level findings; 2 usage error or a warehouse that cannot be read.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var warehouse = WarehouseOptions.Warehouse();
        var season = new Option<string?>("--season") { Description = "只分析该赛季（默认全部）/ analyse one season (default: every season in the warehouse)" };
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "结果目录 / folder of judges.csv, panels.csv, projects.csv, findings.csv, summary.json",
            Required = true,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "自助法与置换检验的随机种子：相同种子输出字节一致 / seed of the bootstrap and permutation tests: the same seed gives byte-identical files",
            DefaultValueFactory = _ => AnalyzeOptions.DefaultSeed,
        };
        var pool = new Option<bool>("--pool") { Description = "各阶段合并拟合 / fit the stages of a track together (one unit per track)" };
        var resamples = new Option<int>("--resamples")
        {
            Description = "获奖稳健性自助重抽样次数 / judge resamples of the award bootstrap",
            DefaultValueFactory = _ => 1000,
        };
        var noWarehouse = new Option<bool>("--no-warehouse") { Description = "只写文件，不写回数据仓库 / write the files only, leave the warehouse untouched (read-only)" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出摘要 / print summary.json instead of tables" };
        var command = new Command("analyze", "评委宽严、评审组信度、阶段衔接、异常与偏袒、获奖稳健性 / judge severity, panel reliability, stage linking, anomalies, bias, award robustness")
        {
            warehouse, season, output, seed, pool, resamples, noWarehouse, json,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(AnalyzeRunner.Run(
            new AnalyzeOptions(
                parse.GetValue(warehouse)!.FullName,
                parse.GetValue(output)!.FullName,
                parse.GetValue(season),
                parse.GetValue(seed),
                parse.GetValue(pool),
                parse.GetValue(resamples),
                Math.Max(1, Environment.ProcessorCount),
                !parse.GetValue(noWarehouse)),
            parse.GetValue(json),
            cancellationToken)));
        return command;
    }
}
