using System.Globalization;
using Insights.Generator.Output;
using Insights.Generator.Randomness;

namespace Insights.Generator.Review;

/// <summary>
/// Writes a review workbook as real competitions export it (<c>review.xlsx</c>): one row per project; stage 1 by five
/// experts of a fixed panel (分组) drawn from a pool of 100, with original (原始分), standardized (标准分: the judge's
/// z-score × 10 + 80) and, for about 3 % of marks, reconsidered marks (复议分); a formula helper column with its cached
/// value; some numbers stored as text (a few in full-width digits) and a few absences (缺考); stage 2 (suffix （二）)
/// for the best projects by three experts of a separate pool of 30; totals, ranks and awards (一等奖 top 5 %, 二等奖
/// next 10 %, 三等奖 next 15 % of stage 2, the rest 未获奖). Marks are 0-100: 75 + project quality + the judge's
/// severity (N(0, 4)) + the judge's noise. The planted truth goes to <c>truth/</c>.
/// </summary>
public static class ReviewSheetGenerator
{
    private static readonly string[] s_tracks = ["智能制造", "现代农业", "医疗健康", "城市治理"];
    private static readonly string[] s_ordinals = ["一", "二", "三", "四", "五"];

    /// <summary>The text of an absent mark.</summary>
    public const string Absent = "缺考";

    /// <summary>The header of the sheet.</summary>
    public static IReadOnlyList<string> Header { get; } = BuildHeader();

    /// <summary>Writes <c>review.xlsx</c> and the truth; returns the files written.</summary>
    /// <param name="options">What to write.</param>
    public static IReadOnlyList<GeneratedFile> Generate(ReviewSheetOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Projects, 20, nameof(options));
        Directory.CreateDirectory(options.OutputDirectory);
        Directory.CreateDirectory(options.TruthDirectory);
        var random = new DeterministicRandom(options.Seed);
        var sheet = new ReviewSheetModel(options, random.Fork("review-sheet"));
        var path = Path.Combine(options.OutputDirectory, "review.xlsx");
        var rows = XlsxCellWriter.Write(path, "成绩汇总", Header, sheet.Rows(random.Fork("cells")));
        var files = new List<GeneratedFile> { new(path, rows) };
        files.AddRange(sheet.WriteTruth(options.TruthDirectory));
        return files;
    }

    private static List<string> BuildHeader()
    {
        var header = new List<string> { "序号", "项目编号", "项目名称", "赛道", "分组" };
        for (var j = 0; j < ReviewSheetOptions.Stage1Judges; j++)
        {
            var o = s_ordinals[j];
            header.AddRange([$"专家{o}编码", $"专家{o}原始分", $"专家{o}标准分", $"专家{o}复议分"]);
        }

        header.AddRange(["初评总分", "初评排名", "辅助平均分"]);
        for (var j = 0; j < ReviewSheetOptions.Stage2Judges; j++)
        {
            var o = s_ordinals[j];
            header.AddRange([$"专家{o}编码（二）", $"专家{o}原始分（二）", $"专家{o}标准分（二）"]);
        }

        header.AddRange(["分组（二）", "复评总分", "排名", "奖项"]);
        return header;
    }

    /// <summary>Column index of a header name.</summary>
    /// <param name="name">The name.</param>
    public static int ColumnOf(string name) => Header.ToList().IndexOf(name);

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
