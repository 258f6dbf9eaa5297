using System.Text;
using ExcelDataReader;
using Insights.Ingest.Reading;
using Insights.Planning;
using Insights.Planning.Files;

namespace Insights.Analytics.Tests.Planning;

/// <summary>The plan's files: the judge list read with Chinese headers, assignments.csv round trip, workbooks with Chinese headers, the report's constraint table.</summary>
public sealed class PlanFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("insights-plan-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_judge_list_with_chinese_headers_is_read_with_its_tags_and_limits()
    {
        var path = Write("judges.csv", "专家编号,姓名,工作单位,所在城市,专长赛道,最大评审量\nE1,张三,南京大学,南京,工业制造；T02,40\nE2,李四,苏州某公司,苏州,,\n");
        var judges = JudgePoolFile.Read(path, tag => tag == "工业制造" ? "T01" : tag);
        Assert.Equal(2, judges.Count);
        Assert.Equal(("E1", "张三", "南京大学", "南京", 40), (judges[0].Id, judges[0].Name, judges[0].Unit, judges[0].City, judges[0].MaxLoad!.Value));
        Assert.Equal(["T01", "T02"], judges[0].Tags.Order(StringComparer.Ordinal));
        Assert.Empty(judges[1].Tags);
        Assert.Null(judges[1].MaxLoad);
    }

    [Fact]
    public void A_judge_list_error_names_the_file_row_and_column()
    {
        var duplicate = Write("dup.csv", "专家编号,姓名\nE1,甲\nE1,乙\n");
        var e = Assert.Throws<SourceFileException>(() => JudgePoolFile.Read(duplicate, t => t));
        Assert.Equal(3, e.Row);
        Assert.Equal("专家编号", e.Column);
        Assert.Contains("重复", e.Message, StringComparison.Ordinal);
        Assert.Contains("repeated", e.Message, StringComparison.Ordinal);
        var load = Write("load.csv", "专家编号,最大评审量\nE1,很多\n");
        Assert.Equal("最大评审量", Assert.Throws<SourceFileException>(() => JudgePoolFile.Read(load, t => t)).Column);
        var noId = Write("noid.csv", "姓名,单位\n甲,乙\n");
        Assert.Contains("专家编号", Assert.Throws<SourceFileException>(() => JudgePoolFile.Read(noId, t => t)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assignments_round_trip_and_a_bad_stage_is_named()
    {
        List<PlanSeat> seats = [new(PlanStage.Written, "T01", "T01-PRE-P", "J1", "P1"), new(PlanStage.Final, "T01", "T01-FIN", "J2", null)];
        var path = Path.Combine(_folder, "assignments.csv");
        AssignmentsFile.Write(path, seats);
        Assert.Equal(seats, AssignmentsFile.Read(path));
        var bad = Write("bad.csv", "stage,track,panel,judge_id,project_id\nsemifinal,T01,X,J1,P1\n");
        var e = Assert.Throws<SourceFileException>(() => AssignmentsFile.Read(bad));
        Assert.Equal((2L, "stage"), (e.Row!.Value, e.Column));
    }

    [Fact]
    public void Workbooks_have_chinese_headers_and_every_seat_and_the_report_counts_the_constraints()
    {
        var (projects, judges) = PlanFixture.Season(120, 60, 2, 41);
        var plan = JudgingPlanner.Plan("S", PlanStage.All, projects, judges, [], new PlanOptions(PerProject: 3, PanelSize: 5));
        var files = PlanWorkbooks.Write(plan, Path.Combine(_folder, "workbooks"));
        Assert.Equal(6, files.Count);
        // Read back with ExcelDataReader, not with the library that wrote them.
        var written = Sheets(files.Single(f => f.EndsWith("T01-PRE-P.xlsx", StringComparison.Ordinal)));
        Assert.Equal(["评审任务", "专家负荷"], written.Keys);
        Assert.Equal(["序号", "赛道", "评审组", "专家编号", "专家姓名", "工作单位", "项目编号", "项目名称", "揭榜题目"], written["评审任务"][0]);
        Assert.Equal(1 + (60 * 3), written["评审任务"].Count);
        Assert.Equal(60 * 3, written["专家负荷"].Skip(1).Sum(r => int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)));
        var final = Sheets(files.Single(f => f.EndsWith("T02-FIN.xlsx", StringComparison.Ordinal)))["评审组成员"];
        Assert.Equal(1 + 5, final.Count);
        Assert.Contains("需回避项目", final[0]);
        PlanReport.Write(plan, _folder);
        var report = File.ReadAllText(Path.Combine(_folder, "plan-report.md"));
        Assert.Contains("| 回避冲突（同单位）/ conflicts of interest | 0 | 0 |", report, StringComparison.Ordinal);
        Assert.Contains("| 初赛与决赛评审组重叠专家 / judges on both the preliminary and the final panel of a track | 0 | 0 |", report, StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(_folder, "plan-summary.csv")).Length);
    }

    private static Dictionary<string, List<string[]>> Sheets(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        do
        {
            var rows = sheets[reader.Name] = [];
            while (reader.Read())
            {
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
            }
        }
        while (reader.NextResult());
        return sheets;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
