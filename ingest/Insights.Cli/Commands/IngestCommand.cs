using System.CommandLine;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights ingest SOURCE --warehouse PATH</c>: lands a season's files in the lake and rebuilds the warehouse.
/// Exit codes: 0 everything landed; 1 landed, but rows were quarantined, error findings were raised or a data
/// test failed; 2 usage error or a file that could not be read at all.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var source = new Argument<FileSystemInfo>("SOURCE")
        {
            Description = "源目录或文件（XLSX、CSV、JSON）/ folder (or one file) of export files: XLSX, CSV, JSON",
        };
        var warehouse = WarehouseOptions.Warehouse();
        var lake = WarehouseOptions.Lake();
        var season = CommonOptions.Season();
        var encoding = new Option<string?>("--encoding")
        {
            Description = "CSV 文本编码（默认自动识别）/ text encoding of CSV files: utf-8, gb18030, gbk (default: detect)",
        };
        var feed = new Option<string?>("--feed")
        {
            Description = "指定文件类型（默认按表头识别）/ treat every file as this feed (default: recognise each from its header)",
        };
        var rules = new Option<FileInfo?>("--rules")
        {
            Description = "赛季规则文件（YAML/JSON：阶段顺序、晋级、奖项规则）/ a season's rules file (YAML or JSON: stage order, who goes on, award tiers); rules.yaml in SOURCE is read too",
        };
        var layout = new Option<FileInfo?>("--layout")
        {
            Description = "布局文件（YAML/JSON），说明各列含义；可由 layout suggest 起草 / a layout file (YAML or JSON) saying what the columns mean; `layout suggest` drafts one",
        };
        var bulk = new Option<string>("--bulk")
        {
            Description = "长格式评分 CSV 的批量路径（DuckDB 解析与校验）：auto（64 MiB 起）、always、never / the bulk path for long score CSVs (DuckDB parses and checks): auto (from 64 MiB), always, never",
            DefaultValueFactory = _ => "auto",
        };
        bulk.AcceptOnlyFromAmong("auto", "always", "never");
        var retestAll = new Option<bool>("--retest-all")
        {
            Description = "所有数据测试覆盖全部赛季，不沿用上次通过的结果 / run every data test over every season, carrying no pass of the last build",
        };
        var keyFile = WarehouseOptions.PersonalDataKeyFile();
        var json = new Option<bool>("--json") { Description = "以 JSON 输出摘要 / print a machine-readable summary (JSON) instead of tables" };
        var command = new Command("ingest", "导入一个赛季的文件到数据湖与数据仓库 / land a season's files in the lake and the warehouse")
        {
            source, warehouse, lake, season, encoding, feed, rules, layout, bulk, retestAll, keyFile, json,
        };
        command.SetAction((parse, cancellationToken) => IngestRunner.RunAsync(
            new IngestRequest(
                parse.GetValue(source)!.FullName,
                parse.GetValue(warehouse)!.FullName,
                parse.GetValue(lake)?.FullName,
                parse.GetResult(season) is { Implicit: false } ? parse.GetValue(season) : null,
                parse.GetValue(encoding),
                parse.GetValue(feed),
                parse.GetValue(keyFile)?.FullName,
                parse.GetValue(json),
                parse.GetValue(layout)?.FullName)
            {
                Rules = parse.GetValue(rules)?.FullName,
                Bulk = parse.GetValue(bulk)!,
                RetestAll = parse.GetValue(retestAll),
            },
            cancellationToken));
        return command;
    }
}
