using Insights.Warehouse.Building;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// Only error-level findings (breaches of the notice) make the ingest exit with 1; warnings, such as an anonymous
/// complaint, which the notice calls invalid rather than a breach by an entrant, are reported but exit 0.
/// </summary>
public sealed class FindingLevelExitCodeTests : IDisposable
{
    private readonly string _root = Path.Combine(TestPaths.TempRoot, "levels-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<(int Exit, BuildReport Report)> IngestAsync(string name, string content)
    {
        var source = Path.Combine(_root, name);
        Directory.CreateDirectory(source);
        await File.WriteAllTextAsync(Path.Combine(source, name), content, TestContext.Current.CancellationToken);
        var outcomes = await LakeRuns.LandAsync(source, Path.Combine(_root, name + "-lake"));
        var report = LakeRuns.Build(Path.Combine(_root, name + "-lake"), Path.Combine(_root, name + ".duckdb"));
        return (IngestExitCode.Of(outcomes, report), report);
    }

    [Fact]
    public async Task A_warning_alone_exits_0()
    {
        const string Complaints = """{"data":[{"complaintId":"JB1","projectId":"JS24-T01-00001","trackName":"工业制造","filedAt":"2024-09-10 10:00","reporterType":"匿名","hasEvidence":false}]}""";
        var (exit, report) = await IngestAsync("complaints.json", Complaints);
        Assert.Equal(1, report.Findings["R-COMPLAINT-REAL-NAME"]);
        Assert.Equal(0, report.ErrorFindings);
        Assert.Equal(IngestExitCode.Landed, exit);
    }

    [Fact]
    public async Task An_error_finding_exits_1()
    {
        const string Teams = "团队编号,团队名称,牵头单位,报名赛区\nJSTD000001,一队,甲公司,浙江省分赛\n";
        var (exit, report) = await IngestAsync("teams.csv", Teams);
        Assert.Equal(1, report.ErrorFindings);
        Assert.Equal(IngestExitCode.LandedWithProblems, exit);
    }
}
