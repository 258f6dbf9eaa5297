using System.Globalization;
using System.Text;
using Insights.Generator.Output;

namespace Insights.Ingest.Tests.Feeds.ReviewSheets;

/// <summary>
/// A small two-stage review written in each layout the ingest should take: review sheets (Chinese or English headers,
/// one or two stages) in CSV (UTF-8, GB18030) and XLSX, and the generic long CSV. Every layout holds the same marks.
/// </summary>
public static class ReviewFixture
{
    /// <summary>One judge's stage-1 cells of a project.</summary>
    public sealed record Stage1(string Judge, double Raw, double Standard, double? Reconsidered);

    /// <summary>One project's row.</summary>
    public sealed record Project(string Id, string Track, string Panel, Stage1[] First, (string Judge, double Raw)[]? Second, string? Award, int? Rank);

    /// <summary>The projects.</summary>
    public static IReadOnlyList<Project> Projects { get; } =
    [
        new("P01", "智能制造", "G1", [new("J01", 80, 81.2, null), new("J02", 70, 69.5, 74), new("J03", 75, 75, null)], [("K01", 88), ("K02", 86)], "一等奖", 1),
        new("P02", "智能制造", "G1", [new("J01", 60, 58.1, null), new("J02", 65, 66, null), new("J03", 62, 61, null)], null, null, null),
        new("P03", "医疗健康", "G2", [new("J04", 90, 88.8, null), new("J05", 85, 84, 88), new("J06", 77, 78, null)], [("K01", 79), ("K02", 81)], "二等奖", 2),
        new("P04", "医疗健康", "G2", [new("J04", 55, 50, null), new("J05", 58, 57, null), new("J06", 61, 60, null)], [("K03", 70), ("K04", 72.5)], "未获奖", 3),
        new("P05", "智能制造", "G1", [new("J01", 71, 70, null), new("J02", 72, 71, null), new("J03", 73, 72, null)], null, null, null),
    ];

    /// <summary>The marks every layout must land: (stage, track, judge, project, criterion, round, score).</summary>
    public static HashSet<LakeRows.Mark> Expected(bool twoStages = true, bool rounds = true)
    {
        var marks = new HashSet<LakeRows.Mark>();
        foreach (var p in Projects)
        {
            foreach (var j in p.First)
            {
                marks.Add(new("stage1", p.Track, j.Judge, p.Id, "total", 0, j.Raw));
                if (rounds && j.Reconsidered is { } r)
                {
                    marks.Add(new("stage1", p.Track, j.Judge, p.Id, "total", 1, r));
                }
            }

            foreach (var (judge, raw) in twoStages ? p.Second ?? [] : [])
            {
                marks.Add(new("stage2", p.Track, judge, p.Id, "total", 0, raw));
            }
        }

        return marks;
    }

    /// <summary>The header of a review sheet.</summary>
    public static List<string> Header(bool english, bool twoStages)
    {
        string[] ordinals = ["一", "二", "三"];
        var header = english ? new List<string> { "No.", "Project ID", "Project Name", "Track", "Panel" } : ["序号", "项目编号", "项目名称", "赛道", "分组"];
        for (var j = 0; j < 3; j++)
        {
            header.AddRange(english
                ? [$"Judge {j + 1} ID", $"Judge {j + 1} Score", $"Judge {j + 1} Standardized", $"Judge {j + 1} Reconsidered"]
                : [$"专家{ordinals[j]}编码", $"专家{ordinals[j]}原始分", $"专家{ordinals[j]}标准分", $"专家{ordinals[j]}复议分"]);
        }

        header.AddRange(english ? ["Total", "Rank"] : ["初评总分", "初评排名"]);
        if (twoStages)
        {
            for (var j = 0; j < 2; j++)
            {
                header.AddRange(english ? [$"Judge {j + 1} ID (Stage 2)", $"Judge {j + 1} Score (Stage 2)"] : [$"专家{ordinals[j]}编码（二）", $"专家{ordinals[j]}原始分（二）"]);
            }

            header.AddRange(english ? ["Total (Stage 2)", "Rank (Stage 2)", "Award (Stage 2)"] : ["复评总分", "排名", "奖项"]);
        }

        return header;
    }

    /// <summary>The rows of a review sheet: numbers as numbers, a few stored as text (one in full-width digits).</summary>
    public static List<object?[]> Rows(bool twoStages)
    {
        var rows = new List<object?[]>();
        var rank1 = Projects.OrderByDescending(p => p.First.Average(j => j.Reconsidered ?? j.Raw)).Select(p => p.Id).ToList();
        foreach (var (p, i) in Projects.Select((p, i) => (p, i)))
        {
            var row = new List<object?> { i + 1, p.Id, "项目" + p.Id, p.Track, p.Panel };
            foreach (var j in p.First)
            {
                // P05's marks are stored as text, one of them in full-width digits.
                object raw = p.Id == "P05" ? (j.Judge == "J02" ? "７２" : Text(j.Raw)) : j.Raw;
                row.AddRange([j.Judge, raw, j.Standard, j.Reconsidered]);
            }

            row.AddRange([Math.Round(p.First.Average(j => j.Reconsidered ?? j.Raw), 2), rank1.IndexOf(p.Id) + 1]);
            if (twoStages)
            {
                for (var k = 0; k < 2; k++)
                {
                    row.AddRange(p.Second is { } s ? [s[k].Judge, s[k].Raw] : [null, null]);
                }

                row.AddRange([p.Second?.Average(s => s.Raw), p.Rank, p.Award]);
            }

            rows.Add([.. row]);
        }

        return rows;
    }

    /// <summary>Writes a sheet as XLSX (with an optional title row above the header) or CSV in an encoding.</summary>
    public static string Write(string folder, string name, IReadOnlyList<string> header, IReadOnlyList<object?[]> rows, Encoding? encoding = null, string? title = null)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        if (name.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            if (title is null)
            {
                XlsxCellWriter.Write(path, "成绩汇总", header, rows);
            }
            else
            {
                // The title is row 1 (one cell, as a merged title reads), the header row 2.
                XlsxCellWriter.Write(path, "成绩汇总", [title], [[.. header], .. rows]);
            }

            return path;
        }

        var text = new StringBuilder();
        if (title is not null)
        {
            text.Append(title).Append('\n');
        }

        text.Append(string.Join(",", header)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(",", row.Select(Cell))).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), encoding ?? new UTF8Encoding(false));
        return path;
    }

    /// <summary>The same marks (round 0 only: the long form has no rounds) as the generic long CSV.</summary>
    public static string WriteLong(string folder)
    {
        var text = new StringBuilder("season,stage,track,panel,judge,project,criterion,score\n");
        foreach (var p in Projects)
        {
            foreach (var j in p.First)
            {
                text.Append(CultureInfo.InvariantCulture, $"2023-XX,stage1,{p.Track},{p.Panel},{j.Judge},{p.Id},total,{Text(j.Raw)}\n");
            }

            foreach (var (judge, raw) in p.Second ?? [])
            {
                text.Append(CultureInfo.InvariantCulture, $"2023-XX,stage2,{p.Track},final,{judge},{p.Id},total,{Text(raw)}\n");
            }
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "long.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double d => Text(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
