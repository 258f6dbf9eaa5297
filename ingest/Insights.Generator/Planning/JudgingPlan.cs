using System.Security.Cryptography;
using System.Text;
using Insights.Model.Review;

namespace Insights.Generator.Planning;

/// <summary>
/// A judging plan as <c>insights plan</c> writes it (<c>assignments.csv</c>): who reads which project in the written
/// review, and who sits on the on-site and final panels. Read and checked on its own here; whether its ids fit the
/// season is checked when the season's judges and projects exist (<c>Season/PlannedPanels</c>).
/// </summary>
public sealed class JudgingPlan
{
    /// <summary>The header, in this order (a file may order its columns differently).</summary>
    public static readonly IReadOnlyList<string> Columns = ["stage", "track", "panel", "judge_id", "project_id"];

    private JudgingPlan(string file, string sha256, IReadOnlyList<PlanRow> rows) => (File, Sha256, Rows) = (file, sha256, rows);

    /// <summary>The plan file as it was named.</summary>
    public string File { get; }

    /// <summary>SHA-256 of the file's bytes (lower-case hex), recorded in the manifest and the truth README.</summary>
    public string Sha256 { get; }

    /// <summary>The rows in file order.</summary>
    public IReadOnlyList<PlanRow> Rows { get; }

    /// <summary>
    /// Reads and checks a plan file: UTF-8 with or without a byte-order mark, the header <see cref="Columns"/>, a known
    /// stage on every row, a judge on every row, a project on every written row and none on a panel row, no
    /// (judge, project) sheet and no panel member twice.
    /// </summary>
    /// <param name="path">The plan file.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="JudgingPlanException">The file breaks one of the rules above; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static JudgingPlan Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = System.IO.File.ReadAllBytes(path);
        var errors = new PlanErrors(path);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            errors.File("不是 UTF-8 编码的文本", "not UTF-8 text");
            errors.ThrowIfAny();
            throw;
        }

        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.Count > 0 && lines[0].Length > 0 ? PlanCsv.Split(lines[0]) : null;
        if (header is null)
        {
            errors.Row(1, $"缺少表头 {string.Join(",", Columns)}", $"the header {string.Join(",", Columns)} is missing");
            errors.ThrowIfAny();
        }

        var index = ReadHeader(header!, errors);
        var rows = new List<PlanRow>();
        var sheets = new Dictionary<(string Judge, string Project), int>();
        var members = new Dictionary<(Stage Stage, string Panel, string Judge), int>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            if (ReadRow(i + 1, lines[i], index, errors) is not { } row)
            {
                continue;
            }

            var first = row.Stage == Stage.PreliminaryWritten
                ? sheets.TryAdd((row.JudgeId, row.ProjectId), row.Row) ? 0 : sheets[(row.JudgeId, row.ProjectId)]
                : members.TryAdd((row.Stage, row.Panel, row.JudgeId), row.Row) ? 0 : members[(row.Stage, row.Panel, row.JudgeId)];
            if (first > 0 && row.Stage == Stage.PreliminaryWritten)
            {
                errors.Cell(row.Row, "judge_id,project_id", $"专家 {row.JudgeId} 对项目 {row.ProjectId} 的评审重复（第 {first} 行已有）",
                    $"judge {row.JudgeId} is given project {row.ProjectId} twice (already on row {first})");
            }
            else if (first > 0)
            {
                errors.Cell(row.Row, "judge_id", $"专家 {row.JudgeId} 在评审组 {row.Panel} 中重复（第 {first} 行已有）",
                    $"judge {row.JudgeId} is listed twice in panel {row.Panel} (already on row {first})");
            }

            rows.Add(row);
        }

        if (rows.Count == 0 && !errors.Any)
        {
            errors.File("没有任何分配行", "the plan has no assignment rows");
        }

        errors.ThrowIfAny();
        return new JudgingPlan(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), rows);
    }

    /// <summary>The position of each column; throws at once when the header is wrong, since no row can be read then.</summary>
    private static int[] ReadHeader(List<string> header, PlanErrors errors)
    {
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        var extra = header.Where((h, i) => !Columns.Contains(h, StringComparer.Ordinal) || header.IndexOf(h) != i).ToList();
        if (missing.Count > 0)
        {
            errors.Row(1, $"表头缺少列 {string.Join(",", missing)}（应为 {string.Join(",", Columns)}）",
                $"the header lacks the column(s) {string.Join(",", missing)} (expected {string.Join(",", Columns)})");
        }

        if (extra.Count > 0)
        {
            errors.Row(1, $"表头有多余或重复的列 {string.Join(",", extra)}（应为 {string.Join(",", Columns)}）",
                $"the header has extra or repeated column(s) {string.Join(",", extra)} (expected {string.Join(",", Columns)})");
        }

        errors.ThrowIfAny();
        return [.. Columns.Select(c => header.IndexOf(c))];
    }

    private static PlanRow? ReadRow(int number, string line, int[] index, PlanErrors errors)
    {
        var fields = PlanCsv.Split(line);
        if (fields is null || fields.Count != Columns.Count)
        {
            errors.Row(number, fields is null ? "引号未闭合" : $"有 {fields.Count} 个字段，表头有 {Columns.Count} 个",
                fields is null ? "a quoted field is not closed" : $"{fields.Count} fields where the header has {Columns.Count}");
            return null;
        }

        string Cell(int column) => fields[index[column]];
        var ok = true;
        if (!StageNames.TryParse(Cell(0), out var stage))
        {
            errors.Cell(number, "stage", $"未知的评审阶段“{Cell(0)}”（应为 preliminary_written、preliminary_onsite 或 final_roadshow）",
                $"unknown stage '{Cell(0)}' (expected preliminary_written, preliminary_onsite or final_roadshow)");
            ok = false;
        }

        foreach (var (column, zh, en) in new[] { (1, "赛道", "track"), (2, "评审组", "panel") })
        {
            if (Cell(column).Length == 0)
            {
                errors.Cell(number, Columns[column], $"缺少{zh}", $"the {en} is missing");
                ok = false;
            }
        }

        if (Cell(3).Length == 0)
        {
            if (ok && stage == Stage.PreliminaryWritten)
            {
                errors.Cell(number, "judge_id", $"书面评审项目 {Cell(4)} 没有专家", $"written-review project {Cell(4)} has no judge");
            }
            else
            {
                errors.Cell(number, "judge_id", "缺少专家编号", "the judge is missing");
            }

            ok = false;
        }

        if (ok && stage == Stage.PreliminaryWritten && Cell(4).Length == 0)
        {
            errors.Cell(number, "project_id", "书面评审行缺少项目编号", "a written-review row must name its project");
            ok = false;
        }
        else if (ok && stage != Stage.PreliminaryWritten && Cell(4).Length > 0)
        {
            errors.Cell(number, "project_id", $"{stage.NameZh()}行列出评审组成员，不填项目编号",
                $"a {stage.Code()} row lists a panel member and leaves project_id empty");
            ok = false;
        }

        return ok ? new PlanRow(number, stage, Cell(1), Cell(2), Cell(3), Cell(4)) : null;
    }
}
