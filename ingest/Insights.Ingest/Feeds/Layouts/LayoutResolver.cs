using System.Globalization;
using Insights.Ingest.Feeds.Review.Sheets;

namespace Insights.Ingest.Feeds.Layouts;

/// <summary>
/// Applies a layout file to a file's header: a review sheet's <see cref="SheetLayout"/>, or for other feeds the header
/// with the mapped columns renamed to the feed's field names. A key naming a column the header lacks is an error that
/// names the layout file, the key and the column.
/// </summary>
public static class LayoutResolver
{
    /// <summary>Whether the layout is of a review sheet.</summary>
    /// <param name="layout">The layout.</param>
    public static bool IsReviewSheet(LayoutFile layout) => layout.Feed == "review_sheet";

    /// <summary>The review sheet's layout over a header.</summary>
    /// <param name="layout">The layout file.</param>
    /// <param name="header">The file's header.</param>
    /// <exception cref="FeedException">A key names a column the header lacks, or the layout has fewer than one judge.</exception>
    public static SheetLayout Sheet(LayoutFile layout, IReadOnlyList<string> header)
    {
        int Column(string key, string? name) => name is null ? -1 : Find(layout, header, key, name);
        var stages = new List<SheetStage>();
        for (var s = 0; s < layout.Stages.Count; s++)
        {
            var stage = layout.Stages[s];
            var at = string.Create(CultureInfo.InvariantCulture, $"stages[{s + 1}]");
            var judges = new List<SheetJudge>();
            for (var j = 0; j < stage.Judges.Count; j++)
            {
                var judge = stage.Judges[j];
                var key = string.Create(CultureInfo.InvariantCulture, $"{at}.judges[{j + 1}]");
                if (judge.Score is null && judge.Reconsidered is null)
                {
                    throw new FeedException($"布局文件 {layout.Path} 的 {key} 没有 score（分数列）", $"the layout file {layout.Path}: {key} has no score column");
                }

                judges.Add(new SheetJudge(
                    judge.Ordinal ?? j + 1,
                    Column(key + ".judge", judge.Judge),
                    Column(key + ".score", judge.Score),
                    Column(key + ".standard", judge.Standard),
                    Column(key + ".reconsidered", judge.Reconsidered),
                    judge.RoundLabel ?? (judge.Reconsidered is { } r ? SheetWords.RoundLabel(r.Trim().ToLowerInvariant()) : "复议")));
            }

            stages.Add(new SheetStage(
                stage.Stage ?? string.Create(CultureInfo.InvariantCulture, $"stage{s + 1}"),
                judges,
                Column(at + ".panel", stage.Panel),
                Column(at + ".total", stage.Total),
                Column(at + ".rank", stage.Rank),
                Column(at + ".award", stage.Award)));
        }

        if (stages.Sum(s => s.Judges.Count) == 0)
        {
            throw new FeedException($"布局文件 {layout.Path} 没有列出任何专家组（stages[].judges）", $"the layout file {layout.Path} lists no judges' groups (stages[].judges)");
        }

        return new SheetLayout(
            Column("project", layout.Project),
            Column("track_column", layout.TrackColumn),
            layout.Track ?? "all",
            layout.Criterion ?? "total",
            stages,
            layout.Awards,
            []);
    }

    /// <summary>The header with the layout's <c>columns</c> renamed to the feed's field names (other feeds).</summary>
    /// <param name="layout">The layout file.</param>
    /// <param name="header">The file's header.</param>
    /// <exception cref="FeedException">A mapping names a column the header lacks.</exception>
    public static IReadOnlyList<string> Renamed(LayoutFile layout, IReadOnlyList<string> header)
    {
        var renamed = header.ToArray();
        foreach (var (field, name) in layout.Columns)
        {
            renamed[Find(layout, header, "columns." + field, name)] = field;
        }

        return renamed;
    }

    private static int Find(LayoutFile layout, IReadOnlyList<string> header, string key, string name)
    {
        var exact = header.ToList().IndexOf(name);
        if (exact >= 0)
        {
            return exact;
        }

        var wanted = HeaderAliases.Normalize(name);
        for (var i = 0; i < header.Count; i++)
        {
            if (HeaderAliases.Normalize(header[i]) == wanted)
            {
                return i;
            }
        }

        throw layout.MissingColumn(key, name);
    }
}
