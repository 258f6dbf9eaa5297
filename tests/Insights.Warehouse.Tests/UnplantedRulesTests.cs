using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// The rules the generator does not plant, each shown on small hand-made exports: a team with two projects, a project
/// with two problems, a problem changed after registration (a corrected file superseding the first), and a team
/// registered in another division. Each fires on its breach, names the project or team, and nothing else fires.
/// </summary>
public sealed class UnplantedRulesTests : IDisposable
{
    private readonly string _root = Path.Combine(TestPaths.TempRoot, "unplanted-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private const string Teams = "团队编号,团队名称,牵头单位,牵头单位统一社会信用代码,报名赛区\n"
        + "JSTD000001,一队,甲公司,91320615133558542Y,江苏省分赛\n"
        + "JSTD000002,二队,乙公司,91321111MA08M3J70W,江苏省分赛\n";

    private const string OtherDivisionTeam = "JSTD000003,三队,丙公司,12320204333502279X,浙江省分赛\n";

    private async Task<List<Dictionary<string, object?>>> FindingsAsync(string projects, string? correctedProjects = null, string teams = Teams)
    {
        var first = Path.Combine(_root, "first");
        Directory.CreateDirectory(first);
        await File.WriteAllTextAsync(Path.Combine(first, "teams.csv"), teams, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(first, "projects.csv"), projects, TestContext.Current.CancellationToken);
        var lake = Path.Combine(_root, "lake");
        await LakeRuns.LandAsync(first, lake);
        if (correctedProjects is not null)
        {
            var second = Path.Combine(_root, "second");
            Directory.CreateDirectory(second);
            await File.WriteAllTextAsync(Path.Combine(second, "projects.csv"), correctedProjects, TestContext.Current.CancellationToken);
            await LakeRuns.LandAsync(second, lake);
        }

        var warehouse = Path.Combine(_root, "warehouse.duckdb");
        var report = LakeRuns.Build(lake, warehouse);
        Assert.All(report.Tests.Where(t => t.Severity == "error"), t => Assert.True(t.Passed, t.Name));
        return LakeRuns.Query(warehouse, "SELECT rule_id, project_id, team_id, message_zh, message_en FROM fact_finding ORDER BY rule_id, project_id, team_id");
    }

    private const string Header = "项目编号,团队编号,项目名称,赛道,赛题\n";

    [Fact]
    public async Task A_team_with_two_projects_and_a_team_of_another_division_are_found()
    {
        var findings = await FindingsAsync(Header
            + "JS24-T01-00001,JSTD000001,项目一,工业制造,1\n"
            + "JS24-T01-00002,JSTD000001,项目二,工业制造,2\n"
            + "JS24-T02-00001,JSTD000003,项目三,现代农业,1\n",
            teams: Teams + OtherDivisionTeam);

        Assert.Equal(["R-TEAM-ONE-DIVISION", "R-TEAM-ONE-PROJECT"], findings.Select(f => (string)f["rule_id"]!).ToArray());
        Assert.Equal("JSTD000003", findings[0]["team_id"]);
        Assert.Equal("JSTD000001", findings[1]["team_id"]);
        Assert.Contains("浙江省分赛", (string)findings[0]["message_zh"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_with_two_problems_is_found()
    {
        var findings = await FindingsAsync(Header
            + "JS24-T01-00001,JSTD000001,项目一,工业制造,1\n"
            + "JS24-T01-00001,JSTD000001,项目一,工业制造,3\n");

        var finding = Assert.Single(findings);
        Assert.Equal("R-PROJECT-ONE-PROBLEM", finding["rule_id"]);
        Assert.Equal("JS24-T01-00001", finding["project_id"]);
        Assert.Contains("T01-P01, T01-P03", (string)finding["message_en"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_changed_by_a_later_registration_file_is_found()
    {
        const string Before = Header + "JS24-T01-00001,JSTD000001,项目一,工业制造,1\nJS24-T01-00002,JSTD000002,项目二,工业制造,2\n";
        const string After = Header + "JS24-T01-00001,JSTD000001,项目一,工业制造,3\nJS24-T01-00002,JSTD000002,项目二,工业制造,2\n";

        var findings = await FindingsAsync(Before, After);

        var finding = Assert.Single(findings);
        Assert.Equal("R-PROJECT-PROBLEM-FIXED", finding["rule_id"]);
        Assert.Equal("JS24-T01-00001", finding["project_id"]);
        Assert.Contains("from T01-P01 to T01-P03", (string)finding["message_en"]!, StringComparison.Ordinal);
    }
}
