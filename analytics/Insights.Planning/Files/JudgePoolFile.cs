using System.Globalization;
using Insights.Ingest.Reading;

namespace Insights.Planning.Files;

/// <summary>
/// Reads a judge list (<c>--judges judges.xlsx</c>, or CSV/JSON): one row per judge with id, name, unit, city, the
/// tracks or problems he may review and his own load limit. Headers in Chinese or English; every problem is a
/// bilingual error naming the file, row and column.
/// </summary>
public static class JudgePoolFile
{
    /// <summary>Accepted headers of the judge id column.</summary>
    public static readonly string[] IdHeaders = ["专家编号", "编号", "judge_id", "id"];

    private static readonly char[] s_tagSeparators = [';', '；', ',', '，', '、', '/', '|', ' '];

    /// <summary>Reads the list.</summary>
    /// <param name="path">The file.</param>
    /// <param name="tag">Turns a tag as written (a track code or name, a problem code) into the code the plan uses.</param>
    /// <returns>The judges in file order.</returns>
    /// <exception cref="SourceFileException">The file cannot be read, a column is missing or a row is wrong.</exception>
    public static IReadOnlyList<PlanJudge> Read(string path, Func<string, string> tag)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(tag);
        using var reader = TableReaders.Open(path);
        var id = HeaderColumns.Require(reader, "专家编号 / judge id", IdHeaders);
        var name = HeaderColumns.Find(reader.Header, "姓名", "专家姓名", "name");
        var unit = HeaderColumns.Find(reader.Header, "工作单位", "单位", "unit", "employer");
        var city = HeaderColumns.Find(reader.Header, "城市", "所在城市", "所在地", "city");
        var tags = HeaderColumns.Find(reader.Header, "专长赛道", "评审赛道", "赛道", "专长", "tracks", "tags", "expertise");
        var load = HeaderColumns.Find(reader.Header, "最大评审量", "负荷上限", "max_load", "load_max");
        var judges = new List<PlanJudge>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in reader.ReadRows())
        {
            if (row.Problem is { } problem)
            {
                throw new SourceFileException(path, problem.ReasonZh, problem.ReasonEn, row.RowNumber, problem.Column);
            }

            var judge = HeaderColumns.Cell(row, id);
            if (judge.Length == 0)
            {
                if (row.Cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                throw new SourceFileException(path, "专家编号为空", "the judge id is empty", row.RowNumber, reader.Header[id]);
            }

            if (seen.TryGetValue(judge, out var first))
            {
                throw new SourceFileException(path, $"专家编号 {judge} 重复（第{first}行已有）", $"judge id {judge} is repeated (first on row {first})", row.RowNumber, reader.Header[id]);
            }

            seen[judge] = row.RowNumber;
            int? max = null;
            var loadText = HeaderColumns.Cell(row, load);
            if (loadText.Length > 0)
            {
                max = int.TryParse(loadText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) && m >= 0 ? m
                    : throw new SourceFileException(path, $"最大评审量“{loadText}”不是非负整数", $"the load limit '{loadText}' is not a whole number ≥ 0", row.RowNumber, reader.Header[load]);
            }

            var tagSet = HeaderColumns.Cell(row, tags).Split(s_tagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(tag).ToHashSet(StringComparer.Ordinal);
            judges.Add(new PlanJudge(judge, HeaderColumns.Cell(row, name), HeaderColumns.Cell(row, unit), HeaderColumns.Cell(row, city), tagSet, max));
        }

        return judges.Count > 0 ? judges : throw new SourceFileException(path, "专家名单没有任何专家", "the judge list has no judge", null, null);
    }
}
