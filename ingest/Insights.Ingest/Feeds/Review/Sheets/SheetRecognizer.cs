using System.Globalization;

namespace Insights.Ingest.Feeds.Review.Sheets;

/// <summary>
/// Recognises a review sheet from its header: the judges' groups of each stage (a header is an ordinal, a field and a
/// stage marker: 专家一原始分（二）, Judge 1 Score (Stage 2)), and the per-project columns. A column without a
/// stage marker belongs to the stage of the judges' group before it (or, before any, after it).
/// </summary>
public static class SheetRecognizer
{
    /// <summary>The fewest judges' groups (with a mark column) that make a header a review sheet.</summary>
    public const int MinGroups = 2;

    /// <summary>The layout of a review sheet, or null when the header has fewer than two judges' groups.</summary>
    /// <param name="header">The header.</param>
    public static SheetLayout? Recognise(IReadOnlyList<string> header)
    {
        var notes = new List<string>();
        var cells = new (int Stage, (int Ordinal, JudgeField Field, string Word)? Judge, ProjectField? Project)[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var (stage, rest) = SheetWords.StripStage(SheetWords.Fold(header[i] ?? string.Empty));
            var judge = SheetWords.JudgeColumn(rest);
            cells[i] = (stage, judge, judge is null ? SheetWords.ProjectColumn(rest) : null);
        }

        // Judges' groups: (stage, ordinal) → field → first column.
        var groups = new SortedDictionary<(int Stage, int Ordinal), Dictionary<JudgeField, (int Column, string Word)>>();
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Judge is not { } j)
            {
                continue;
            }

            var key = (Math.Max(cells[i].Stage, 1), j.Ordinal);
            if (!groups.TryGetValue(key, out var fields))
            {
                groups[key] = fields = [];
            }

            if (!fields.TryAdd(j.Field, (i, j.Word)))
            {
                notes.Add(Note(header, i, "重复的专家列，已忽略", "repeats a column of the same judge: ignored"));
            }
        }

        var judges = new Dictionary<int, List<SheetJudge>>();
        var judgeColumns = new Dictionary<int, int>();
        foreach (var ((stage, ordinal), fields) in groups)
        {
            if (!fields.TryGetValue(JudgeField.Score, out var score) && !fields.TryGetValue(JudgeField.Reconsidered, out score))
            {
                foreach (var (_, (column, _)) in fields)
                {
                    notes.Add(Note(header, column, "专家组没有分数列，已忽略", "a judge's group without a mark column: ignored"));
                }

                continue;
            }

            var who = fields.TryGetValue(JudgeField.Id, out var id) ? id.Column
                : fields.TryGetValue(JudgeField.Name, out var name) ? name.Column
                : fields.TryGetValue(JudgeField.Bare, out var bare) ? bare.Column : -1;
            var score0 = fields.TryGetValue(JudgeField.Score, out var s) ? s.Column : -1;
            var standard = fields.TryGetValue(JudgeField.Standard, out var st) ? st.Column : -1;
            var reconsidered = fields.TryGetValue(JudgeField.Reconsidered, out var r) ? r : (Column: -1, Word: string.Empty);
            var judge = new SheetJudge(ordinal, who, score0, standard, reconsidered.Column, SheetWords.RoundLabel(reconsidered.Word));
            if (!judges.TryGetValue(stage, out var list))
            {
                judges[stage] = list = [];
            }

            list.Add(judge);
            foreach (var column in judge.Columns)
            {
                judgeColumns[column] = stage;
            }

            if (who < 0)
            {
                notes.Add(Note(header, score0 >= 0 ? score0 : reconsidered.Column, "专家组没有编码或姓名列：以“阶段-序号”作专家标识", "a judge's group without an id or name column: the judge is named by stage and ordinal"));
            }
        }

        if (judges.Values.Sum(l => l.Count) < MinGroups)
        {
            return null;
        }

        int project = -1, track = -1;
        var perStage = new Dictionary<(int Stage, ProjectField Field), int>();
        for (var i = 0; i < cells.Length; i++)
        {
            if (judgeColumns.ContainsKey(i) || cells[i].Judge is not null)
            {
                continue;
            }

            switch (cells[i].Project)
            {
                case ProjectField.Project when project < 0:
                    project = i;
                    break;
                case ProjectField.Track when track < 0:
                    track = i;
                    break;
                case ProjectField.Panel or ProjectField.Total or ProjectField.Rank or ProjectField.Award:
                    var stage = cells[i].Stage > 0 ? cells[i].Stage : StageAround(judgeColumns, i);
                    if (!judges.ContainsKey(stage))
                    {
                        notes.Add(Note(header, i, $"第 {stage} 阶段没有专家列，已忽略", $"stage {stage} has no judges' columns: ignored"));
                    }
                    else if (!perStage.TryAdd((stage, cells[i].Project!.Value), i))
                    {
                        notes.Add(Note(header, i, "同一阶段的同类列已出现，已忽略", "a column of the same kind and stage came before: ignored"));
                    }

                    break;
                case ProjectField.Name:
                    notes.Add(Note(header, i, "项目名称不入库", "the project name is not landed"));
                    break;
                case ProjectField.Sequence:
                    notes.Add(Note(header, i, "序号不入库", "a running number: not landed"));
                    break;
                default:
                    notes.Add(Note(header, i, "无法识别的列，已忽略（如公式辅助列）", "not recognised: ignored (a formula helper column, for one)"));
                    break;
            }
        }

        if (project < 0)
        {
            notes.Add("项目编号：没有项目编号列，以行号 row-N 作项目标识 / project: no project id column, the row number row-N is the id");
        }

        if (track < 0)
        {
            notes.Add("赛道：没有赛道列，全部为 all / track: no track column, every row is in track all");
        }

        var stages = judges.OrderBy(kv => kv.Key).Select(kv =>
        {
            int At(ProjectField f) => perStage.TryGetValue((kv.Key, f), out var c) ? c : -1;
            var label = "stage" + kv.Key.ToString(CultureInfo.InvariantCulture);
            if (At(ProjectField.Panel) < 0)
            {
                notes.Add($"{label}：没有分组列，分组由该行专家编码排序后以 + 连接推得 / {label}: no panel column, the panel is the row's judge ids, sorted and joined by +");
            }

            return new SheetStage(label, kv.Value.OrderBy(j => j.Ordinal).ToList(), At(ProjectField.Panel), At(ProjectField.Total), At(ProjectField.Rank), At(ProjectField.Award));
        }).ToList();
        return new SheetLayout(project, track, "all", "total", stages, new Dictionary<string, string>(StringComparer.Ordinal), notes);
    }

    private static int StageAround(Dictionary<int, int> judgeColumns, int column)
    {
        var before = judgeColumns.Keys.Where(c => c < column).DefaultIfEmpty(-1).Max();
        if (before >= 0)
        {
            return judgeColumns[before];
        }

        var after = judgeColumns.Keys.Where(c => c > column).DefaultIfEmpty(-1).Min();
        return after >= 0 ? judgeColumns[after] : 1;
    }

    private static string Note(IReadOnlyList<string> header, int column, string zh, string en) =>
        $"“{header[column]}”：{zh} / '{header[column]}': {en}";
}
