using System.Diagnostics;
using System.Globalization;
using Insights.Ingest.Reading;
using Insights.Planning;
using Insights.Planning.Files;

namespace Insights.Cli.Commands;

/// <summary>The work of <c>insights plan</c> and <c>insights plan check</c>.</summary>
internal static class PlanRunner
{
    /// <summary>What <c>insights plan</c> was asked.</summary>
    public sealed record Request(string Warehouse, string Stage, string Output, string? Season, string? Judges, PlanOptions Options);

    public static int Plan(Request request)
    {
        var stages = request.Stage.Trim().Equals("all", StringComparison.OrdinalIgnoreCase) ? PlanStage.All
            : PlanStage.Parse(request.Stage) is { } one ? [one] : null;
        if (stages is null)
        {
            return Fail($"未知阶段“{request.Stage}”（应为 written、onsite、final 或 all）/ unknown stage '{request.Stage}' (expected written, onsite, final or all)");
        }

        if (request.Options.PerProject < 1 || request.Options.PanelSize < 1 || request.Options.LoadMax is < 1)
        {
            return Fail("--per-project、--panel-size 与 --load-max 须为正整数 / --per-project, --panel-size and --load-max must be positive");
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var input = WarehousePlanInput.Read(request.Warehouse, request.Season, request.Judges);
            Console.Error.WriteLine(Inv($"赛季 / season {input.Season}: {input.Projects.Count} 个项目 / projects, {input.Judges.Count} 名专家 / judges"));
            var progress = new SynchronousProgress<string>(line => Console.Error.WriteLine(Inv($"[{clock.Elapsed.TotalSeconds,6:F1}s] {line}")));
            var plan = JudgingPlanner.Plan(input.Season, stages, input.Projects, input.Judges, input.Executed, request.Options, progress);
            Directory.CreateDirectory(request.Output);
            AssignmentsFile.Write(Path.Combine(request.Output, "assignments.csv"), plan.Seats());
            if (plan.Written.Count > 0)
            {
                var random = Path.Combine(request.Output, "random");
                Directory.CreateDirectory(random);
                AssignmentsFile.Write(Path.Combine(random, "assignments.csv"), plan.RandomSeats());
            }

            var workbooks = PlanWorkbooks.Write(plan, Path.Combine(request.Output, "workbooks"));
            PlanReport.Write(plan, request.Output);
            var a = plan.Audit;
            Console.WriteLine(Inv($"计划 / plan: {a.Sheets} 份书面评审 / written sheets, {plan.Panels.Count} 个评审组 / panels; 冲突 / conflicts {a.Conflicts}, 重叠 / overlaps {a.Overlaps}, 超负荷 / over load {a.OverLoad}, 不连通 / disconnected tracks {a.DisconnectedTracks} ({clock.Elapsed.TotalSeconds:F1} s)"));
            Console.WriteLine(Path.Combine(request.Output, "assignments.csv"));
            Console.WriteLine(Path.Combine(request.Output, "plan-report.md"));
            Console.WriteLine(Inv($"{Path.Combine(request.Output, "workbooks")} ({workbooks.Count} 个工作簿 / workbooks)"));
            return a.Holds ? 0 : Fail("计划未满足全部硬性约束（见 plan-report.md）/ the plan breaks a hard constraint (see plan-report.md)");
        }
        catch (PlanInfeasibleException e)
        {
            return Fail(e.Message);
        }
        catch (Exception e) when (e is ArgumentException or SourceFileException or FileNotFoundException)
        {
            return Fail(e.Message);
        }
    }

    public static int Check(string warehouse, string planFile, string? season, string? judges, ConflictRule rule, string? output)
    {
        try
        {
            var input = WarehousePlanInput.Read(warehouse, season, judges);
            var plan = AssignmentsFile.Read(planFile);
            var findings = PlanCheck.Compare(plan, input.Executed, input.Projects, input.Judges, rule);
            var folder = output ?? Path.GetDirectoryName(Path.GetFullPath(planFile))!;
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "plan-check.csv");
            PlanCheck.Write(path, findings);
            foreach (var group in findings.GroupBy(f => (f.Level, f.Kind)).OrderBy(g => g.Key.Level, StringComparer.Ordinal))
            {
                Console.WriteLine(Inv($"{group.Key.Level}\t{group.Key.Kind}\t{group.Count()}"));
            }

            Console.WriteLine(Inv($"{findings.Count} 条发现 / findings: {path}"));
            return findings.Any(f => f.Level == "error") ? 1 : 0;
        }
        catch (Exception e) when (e is ArgumentException or SourceFileException or FileNotFoundException)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("错误 / error: " + message);
        return 2;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
