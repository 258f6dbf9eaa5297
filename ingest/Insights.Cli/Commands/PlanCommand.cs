using System.CommandLine;
using Insights.Planning;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights plan --warehouse W --stage written|onsite|final|all --out DIR [--season S] [--judges F] [--per-project 5]
/// [--load-max N] [--panel-size 7] [--conflict both] [--seed 1]</c>: the judging plan; <c>insights plan check --warehouse W
/// --plan DIR/assignments.csv</c>: the executed review against it. Exit codes: 0 done (check: no error-level finding);
/// 1 check found a conflict or an overlap; 2 usage error, unreadable input, or no plan meets the constraints (the
/// message says which and by how much).
/// </summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var warehouse = WarehouseOptions.Warehouse();
        var stage = new Option<string>("--stage", "-s") { Description = "阶段 / stage: written, onsite, final or all", Required = true };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "输出目录 / output folder (assignments.csv, workbooks/, plan-report.md)", Required = true };
        var season = Season();
        var judges = Judges();
        var perProject = new Option<int>("--per-project") { Description = "每个项目的书面评审专家数 / judges per project in the written review", DefaultValueFactory = _ => 5 };
        var loadMax = new Option<int?>("--load-max") { Description = "每名专家最多书面评审份数（默认不限）/ most written sheets per judge (default: no limit)" };
        var panelSize = new Option<int>("--panel-size") { Description = "现场与决赛评审组人数 / judges per on-site and final panel", DefaultValueFactory = _ => 7 };
        var conflict = Conflict();
        var seed = new Option<ulong>("--seed") { Description = "随机种子 / seed (same seed and input give the same plan)", DefaultValueFactory = _ => 1 };
        var command = new Command("plan", "评审安排：在评分之前为项目与评审组安排专家 / the judging plan: assign judges to projects and panels before scoring")
        {
            warehouse, stage, output, season, judges, perProject, loadMax, panelSize, conflict, seed,
        };
        command.SetAction(parse => PlanRunner.Plan(new PlanRunner.Request(
            parse.GetValue(warehouse)!.FullName, parse.GetValue(stage)!, parse.GetValue(output)!.FullName, parse.GetValue(season), parse.GetValue(judges)?.FullName,
            new PlanOptions(parse.GetValue(perProject), parse.GetValue(loadMax), parse.GetValue(conflict), parse.GetValue(panelSize), parse.GetValue(seed)))));

        var checkWarehouse = WarehouseOptions.Warehouse();
        var plan = new Option<FileInfo>("--plan") { Description = "计划文件 / the plan's assignments.csv", Required = true };
        var checkSeason = Season();
        var checkJudges = Judges();
        var checkConflict = Conflict();
        var checkOutput = new Option<DirectoryInfo?>("--out", "-o") { Description = "发现写入的目录（默认计划文件所在目录）/ folder of plan-check.csv (default: the plan's folder)" };
        var check = new Command("check", "评分后核对：实际评审与计划的差异 / after scoring: the executed review against the plan")
        {
            checkWarehouse, plan, checkSeason, checkJudges, checkConflict, checkOutput,
        };
        check.SetAction(parse => PlanRunner.Check(
            parse.GetValue(checkWarehouse)!.FullName, parse.GetValue(plan)!.FullName, parse.GetValue(checkSeason), parse.GetValue(checkJudges)?.FullName,
            parse.GetValue(checkConflict), parse.GetValue(checkOutput)?.FullName));
        command.Subcommands.Add(check);
        return command;
    }

    private static Option<string?> Season() => new("--season") { Description = "赛季（仓库只有一个时可省略）/ the season (may be left out when the warehouse has one)" };

    private static Option<FileInfo?> Judges() => new("--judges")
    {
        Description = "专家名单（XLSX/CSV：专家编号、姓名、工作单位、城市、专长赛道、最大评审量）；默认用仓库中本赛季的专家 / judge list (default: the season's judges in the warehouse)",
    };

    private static Option<ConflictRule> Conflict() => new("--conflict")
    {
        Description = "回避规则（默认同单位回避）/ conflict rule: Unit (default: same employer), City (same city) or Both",
        DefaultValueFactory = _ => ConflictRule.Unit,
    };
}
