using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// <c>insights plan</c> and <c>insights plan check</c> as a user runs them: a clean season generated and ingested, a
/// plan of every stage written (files, workbooks, report), an impossible load limit refused with the shortfall, the
/// executed review checked against the plan, and a season generated under the plan checked clean.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class PlanCliTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public void Plan_writes_its_files_refuses_an_impossible_limit_and_check_compares_the_executed_review()
    {
        using var work = new TempDirectory("plan-cli");
        Ok(Cli.Run(s_timeout, "generate", "--clean", "--projects", "150", "--seed", "3", "--out", work.Combine("in"), "--truth", work.Combine("truth")));
        Ok(Cli.Run(s_timeout, "ingest", work.Combine("in"), "--warehouse", work.Combine("W.duckdb")));

        var plan = Cli.Run(s_timeout, "plan", "--warehouse", work.Combine("W.duckdb"), "--stage", "all", "--per-project", "3", "--panel-size", "5", "--out", work.Combine("plan"));
        Ok(plan);
        Assert.Contains("冲突 / conflicts 0, 重叠 / overlaps 0", plan.Stdout, StringComparison.Ordinal);
        var rows = File.ReadAllLines(work.Combine("plan", "assignments.csv"));
        // 150 projects × 3 written judges, 12 tracks × (on-site + final) × 5 members, and the header.
        Assert.Equal(1 + (150 * 3) + (12 * 2 * 5), rows.Length);
        Assert.Equal(12 * 3, Directory.GetFiles(work.Combine("plan", "workbooks"), "*.xlsx").Length);
        Assert.Contains("| 回避冲突（同单位）/ conflicts of interest | 0 | 0 |", File.ReadAllText(work.Combine("plan", "plan-report.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(work.Combine("plan", "random", "assignments.csv")));

        // One sheet per judge cannot carry 450 sheets: refused with the constraint and the shortfall, nothing written.
        var tight = Cli.Run(s_timeout, "plan", "--warehouse", work.Combine("W.duckdb"), "--stage", "written", "--per-project", "3", "--load-max", "1", "--out", work.Combine("tight"));
        Assert.Equal(2, tight.Exit);
        Assert.Contains("--load-max", tight.Stderr, StringComparison.Ordinal);
        Assert.Contains("缺", tight.Stderr, StringComparison.Ordinal);
        Assert.Contains("short", tight.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.Combine("tight")));

        // The executed review (the generator's own seats) against the plan: different seats, no conflict or overlap.
        var executed = Cli.Run(s_timeout, "plan", "check", "--warehouse", work.Combine("W.duckdb"), "--plan", work.Combine("plan", "assignments.csv"));
        Ok(executed);
        Assert.Contains("unplanned_seat", executed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("conflict_scored", executed.Stdout, StringComparison.Ordinal);

        // A season generated under the plan follows it seat for seat.
        Ok(Cli.Run(s_timeout, "generate", "--clean", "--projects", "150", "--seed", "3", "--plan", work.Combine("plan", "assignments.csv"), "--out", work.Combine("planned"), "--truth", work.Combine("planned-truth")));
        Ok(Cli.Run(s_timeout, "ingest", work.Combine("planned"), "--warehouse", work.Combine("P.duckdb")));
        var followed = Cli.Run(s_timeout, "plan", "check", "--warehouse", work.Combine("P.duckdb"), "--plan", work.Combine("plan", "assignments.csv"), "--out", work.Combine("check"));
        Ok(followed);
        Assert.Contains("0 条发现 / findings", followed.Stdout, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(work.Combine("check", "plan-check.csv")));
    }

    private static void Ok((int Exit, string Stdout, string Stderr, TimeSpan Elapsed) run) =>
        Assert.True(run.Exit == 0, $"exit {run.Exit}: {run.Stdout}\n{run.Stderr}");
}
