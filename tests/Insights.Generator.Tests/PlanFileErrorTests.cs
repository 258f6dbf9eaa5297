using Insights.Generator.Planning;

namespace Insights.Generator.Tests;

/// <summary>
/// Plans that cannot be used are refused with every problem in Chinese and English, naming the file, the row (the
/// header being row 1, so the test's data row i is row i + 2) and the column. Each plan is the valid hand plan of the
/// clean 150-project season of seed 3 (<see cref="HandPlan"/>) with one fault put in by the test.
/// </summary>
public sealed class PlanFileErrorTests
{
    private const int Projects = 150;
    private const ulong Seed = 3;
    private static readonly GeneratedSeason s_base = GeneratedSeason.Shared(Projects, Seed, plant: false);

    private static List<string[]> Valid() => HandPlan.Written(s_base);

    /// <summary>Generates under the plan and returns the problems it was refused for.</summary>
    private static (string Path, JudgingPlanException Error) Refused(IEnumerable<string[]> rows, string header = HandPlan.Header, bool plant = false)
    {
        var root = Path.Combine(Path.GetTempPath(), $"insights-plan-error-{Guid.NewGuid():N}");
        try
        {
            var path = HandPlan.Write(Path.Combine(root, "assignments.csv"), rows, header: header);
            return (path, Assert.Throws<JudgingPlanException>(() => HandPlan.Generate(root, Projects, Seed, path, plant)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertPlaced(string problem, string path, int row, string column)
    {
        Assert.Contains($"{path} 第 {row} 行 {column} 列：", problem, StringComparison.Ordinal);
        Assert.Contains($"{path}, row {row}, column {column}: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_judge_id_is_named_with_its_row()
    {
        var rows = Valid();
        rows[7] = [.. rows[7][..3], "EX99999", rows[7][4]];
        var (path, error) = Refused(rows);
        var problem = Assert.Single(error.Errors);
        AssertPlaced(problem, path, 9, "judge_id");
        Assert.Contains("EX99999", problem, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_project_id_is_named_with_its_row()
    {
        var rows = Valid();
        rows[3] = [.. rows[3][..4], "JS24-T01-99999"];
        var (path, error) = Refused(rows);
        // The project the row named now misses one of its three judges, but it keeps the other two: one problem.
        var problem = Assert.Single(error.Errors);
        AssertPlaced(problem, path, 5, "project_id");
        Assert.Contains("JS24-T01-99999", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_extra_header_columns_are_named()
    {
        var (path, error) = Refused(Valid().Select(r => r.Append("x").ToArray()), header: "stage,track,panel,judge,project_id,note");
        Assert.Equal(2, error.Errors.Count);
        Assert.Contains($"{path}, row 1: the header lacks the column(s) judge_id", error.Errors[0], StringComparison.Ordinal);
        Assert.Contains("表头缺少列 judge_id", error.Errors[0], StringComparison.Ordinal);
        Assert.Contains($"{path}, row 1: the header has extra or repeated column(s) judge,note", error.Errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_stage_is_named_with_its_row()
    {
        var rows = Valid();
        rows[0] = ["preliminary_writen", .. rows[0][1..]];
        var (path, error) = Refused(rows);
        var problem = Assert.Single(error.Errors);
        AssertPlaced(problem, path, 2, "stage");
        Assert.Contains("preliminary_writen", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_project_without_a_judge_is_named()
    {
        var rows = Valid();
        rows[4] = [.. rows[4][..3], "", rows[4][4]];
        var (path, error) = Refused(rows);
        var problem = Assert.Single(error.Errors);
        AssertPlaced(problem, path, 6, "judge_id");
        Assert.Contains($"written-review project {rows[4][4]} has no judge", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_left_out_of_a_covered_track_is_named()
    {
        var rows = Valid();
        var left = rows.First(r => r[1] == "T05")[4];
        var (path, error) = Refused(rows.Where(r => r[4] != left));
        var problem = Assert.Single(error.Errors);
        Assert.Contains($"{path}: 1 project(s) of track T05 are left out of the plan's written review: {left}", problem, StringComparison.Ordinal);
        Assert.Contains($"赛道 T05 有 1 个项目不在计划的书面评审中：{left}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_sheet_names_both_rows()
    {
        var rows = Valid();
        rows.Insert(11, rows[2]);
        var (path, error) = Refused(rows);
        var problem = Assert.Single(error.Errors);
        AssertPlaced(problem, path, 13, "judge_id,project_id");
        Assert.Contains($"judge {rows[2][3]} is given project {rows[2][4]} twice (already on row 4)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_in_the_wrong_track_or_on_a_panel_row_is_refused()
    {
        var rows = Valid();
        var last = rows.Count - 1;
        rows.Add(["final_roadshow", "T01", "T01-FIN-P", rows[0][3], rows[0][4]]);
        var moved = rows.FindIndex(r => r[1] == "T02");
        rows[moved] = [rows[moved][0], "T03", "T03-PRE-P", .. rows[moved][3..]];
        // The file's own faults are reported before its ids are checked against the season: the panel row alone.
        var (path, error) = Refused(rows);
        var problem = Assert.Single(error.Errors);
        AssertPlaced(problem, path, last + 3, "project_id");

        rows.RemoveAt(rows.Count - 1);
        (path, error) = Refused(rows);
        problem = Assert.Single(error.Errors);
        AssertPlaced(problem, path, moved + 2, "track");
        Assert.Contains($"project {rows[moved][4]} is in track T02, not T03", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_needs_a_clean_season()
    {
        var root = Path.Combine(Path.GetTempPath(), $"insights-plan-planted-{Guid.NewGuid():N}");
        var path = HandPlan.Write(Path.Combine(root, "assignments.csv"), Valid());
        try
        {
            var error = Assert.Throws<ArgumentException>(() => HandPlan.Generate(root, Projects, Seed, path, plant: true));
            Assert.Contains("--clean", error.Message, StringComparison.Ordinal);
            Assert.Contains("评审计划", error.Message, StringComparison.Ordinal);
            // Refused before anything is written.
            Assert.False(Directory.Exists(Path.Combine(root, "export")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
