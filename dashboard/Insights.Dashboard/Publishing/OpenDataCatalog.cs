using System.Globalization;
using Insights.Dashboard.Public;
using Insights.Dashboard.Suppression;

namespace Insights.Dashboard.Publishing;

/// <summary>
/// The open data's description, the one source of the data dictionary: which tables are published (per season and per
/// track), their files and columns with types and meanings, and the suppression rule. The publisher writes the files
/// and <c>data/README.md</c> from it, the dashboard's <c>/data</c> page shows it.
/// </summary>
public static class OpenDataCatalog
{
    private static readonly OpenDataText s_countCsv = new("整数，或 suppressed（被隐藏）", "integer, or suppressed (hidden)");
    private static readonly OpenDataText s_labelCsv = new("文本", "text");
    private const string CountParquet = "int64 (nullable)";

    /// <summary>The row total column of a table of several counts.</summary>
    public static OpenDataColumn Total { get; } = Count("total", "本行各列之和", "the sum of the row's counts");

    /// <summary>The published tables, the season's first, then each track's.</summary>
    public static IReadOnlyList<OpenDataTable> Tables { get; } =
    [
        new("by-track", false, new("各赛道参赛项目数", "Projects per track"), new("赛道编号（T01…T12）", "track code (T01…T12)"),
            [Count("projects", "已报名的参赛项目数", "registered projects")]),
        new("by-problem", false, new("各赛题参赛项目数", "Projects per problem statement"), new("赛题编号与题目（如 T01-P01 …）", "problem statement code and title (such as T01-P01 …)"),
            [Count("projects", "已报名的参赛项目数", "registered projects")]),
        new("by-city", false, new("按牵头单位所在城市的参赛团队数", "Teams per city of the lead unit"), new("牵头单位所在城市（参考数据中的城市；其他取值为“其他”）", "city of the lead unit (the reference data's cities; any other value is 其他, Other)"),
            [Count("teams", "参赛团队数", "teams")]),
        new("by-unit-type", false, new("按牵头单位类型的参赛团队数", "Teams per type of the lead unit"), new("牵头单位类型（enterprise、public_institution、research_institute、university；其他取值为“其他”）", "type of the lead unit (enterprise, public_institution, research_institute, university; any other value is 其他, Other)"),
            [Count("teams", "参赛团队数", "teams")]),
        new("by-week", false, new("每周报名的参赛团队数", "Teams registered per week"), new("报名周（该周周一的日期，yyyy-MM-dd）", "registration week (its Monday, yyyy-MM-dd)"),
            [Count("teams", "该周报名的团队数", "teams registered in the week")]),
        new("awards", false, new("各赛道按奖项等级的获奖数（按通知公开，不作抑制）", "Awards per track and tier (public by the notice, not suppressed)"), new("赛道编号（T01…T12）", "track code (T01…T12)"),
            [Count("first", "一等奖数", "first prizes"), Count("second", "二等奖数", "second prizes"), Count("third", "三等奖数", "third prizes"), Count("single", "单项奖数", "special awards")]),
        new("by-problem", true, new("本赛道各赛题参赛项目数", "The track's projects per problem statement"), new("赛题编号与题目", "problem statement code and title"),
            [Count("projects", "已报名的参赛项目数", "registered projects")]),
        new("by-city", true, new("在本赛道有项目的团队，按牵头单位所在城市", "Teams with a project in the track per city of the lead unit"), new("牵头单位所在城市（参考数据中的城市；其他取值为“其他”）", "city of the lead unit (the reference data's cities; any other value is 其他, Other)"),
            [Count("teams", "在本赛道有项目的团队数", "teams with a project in the track")]),
        new("by-unit-type", true, new("在本赛道有项目的团队，按牵头单位类型", "Teams with a project in the track per type of the lead unit"), new("牵头单位类型（enterprise、public_institution、research_institute、university；其他取值为“其他”）", "type of the lead unit (enterprise, public_institution, research_institute, university; any other value is 其他, Other)"),
            [Count("teams", "在本赛道有项目的团队数", "teams with a project in the track")]),
        new("awards", true, new("本赛道按奖项等级的获奖数（按通知公开，不作抑制）", "The track's awards per tier (public by the notice, not suppressed)"), new("奖项等级：first 一等奖、second 二等奖、third 三等奖、single 单项奖", "tier: first, second, third prize, single (special award)"),
            [Count("awards", "获奖数", "awards")]),
    ];

    /// <summary>The suppression rule for a threshold k.</summary>
    /// <param name="threshold">k.</param>
    /// <returns>The rule in both languages.</returns>
    public static OpenDataText Suppression(int threshold) => new(
        string.Create(CultureInfo.InvariantCulture,
            $"参赛统计表（按赛道、赛题、城市、单位类型、报名周，全赛季及各赛道）作为一个整体处理：1 至 {threshold - 1} 的计数（k = {threshold}）不予公布，合计亦然（主抑制）；再隐藏其他计数（互补抑制），使任何人综合全部公开表格（包括获奖名单）以线性推算，对每个被隐藏的计数所能确定的范围（上界减下界）都不小于 {threshold}。零照常公布，因此被隐藏的计数至少为 1。城市与单位类型只使用参考数据中的名称，其他取值计为“其他”。获奖表不作抑制：获奖名单（项目、赛道、奖项等级）按通知在公示期公开。各表与公开页面及仪表盘的下载完全相同。"),
        string.Create(CultureInfo.InvariantCulture,
            $"The participation tables (by track, problem statement, city, unit type and registration week, for the season and each track) are protected as one set: counts from 1 to {threshold - 1} (k = {threshold}) are not published, totals included (primary suppression), and further counts are hidden (complementary suppression) so that anyone combining every public table, and the award list, by linear reasoning is left an interval (upper minus lower bound) of at least {threshold} for every hidden count. Zeros are shown, so a hidden count is at least 1. Cities and unit types are named from reference data only; any other value counts as 其他 (Other). The award tables are not suppressed: the award list (projects, tracks, tiers) is public by the notice during the publicity period. The tables are the same as the public pages and the dashboard's downloads."));

    /// <summary>How the CSV files are written.</summary>
    public static OpenDataText CsvFormat { get; } = new(
        "CSV：UTF-8（带 BOM）；label、每个计数一列、有多个计数时再加 total；最后一行为 total（合计）；被隐藏的计数写作 suppressed（单元格不给出数值）；以 = + - @ 开头的标签前加 '。",
        "CSV: UTF-8 with BOM; label, one column per count, total when there are several; the last row is total; a hidden count reads suppressed (no value is given); a label beginning with = + - @ is prefixed with '.");

    /// <summary>How the Parquet files are written.</summary>
    public static OpenDataText ParquetFormat { get; } = new(
        "Parquet：label（string），每个计数列 <column>（int64，被隐藏时为 null）及 <column>_suppressed（boolean）；行与 CSV 相同。",
        "Parquet: label (string), per count column <column> (int64, null when hidden) and <column>_suppressed (boolean); the same rows as the CSV.");

    /// <summary>The <c>label</c> column of a table whose rows are <paramref name="rows"/>.</summary>
    /// <param name="rows">What a row is.</param>
    /// <returns>The column.</returns>
    public static OpenDataColumn Label(OpenDataText rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new("label", s_labelCsv, "string", new($"{rows.Zh}；最后一行 total 为合计", $"{rows.En}; the last row, total, is the column totals"));
    }

    /// <summary>The Parquet flag of a count column.</summary>
    /// <param name="column">The count column's name.</param>
    /// <returns>The <c>&lt;column&gt;_suppressed</c> column (Parquet only).</returns>
    public static OpenDataColumn SuppressedFlag(string column) =>
        new(column + "_suppressed", null, "boolean", new($"{column} 是否被隐藏（仅 Parquet）", $"whether {column} is hidden (Parquet only)"));

    /// <summary>The files of a season: its tables, then each track's, in the catalog's order.</summary>
    /// <param name="statistics">The season's public statistics.</param>
    /// <param name="tracks">Each track's statistics, in the tracks' order.</param>
    /// <returns>The files.</returns>
    public static IReadOnlyList<OpenDataFile> Files(PublicStatistics statistics, IReadOnlyList<TrackStatistics> tracks)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(tracks);
        var files = Tables.Where(t => !t.PerTrack).Select(t => new OpenDataFile(t.Path(statistics.Season, null), t, null, SeasonTable(t, statistics))).ToList();
        foreach (var track in tracks)
        {
            files.AddRange(Tables.Where(t => t.PerTrack).Select(t => new OpenDataFile(t.Path(statistics.Season, track.Track.Code), t, track.Track.Code, TrackTable(t, track))));
        }

        return files;
    }

    private static CountTable SeasonTable(OpenDataTable table, PublicStatistics s) => table.Name switch
    {
        "by-track" => s.ByTrack,
        "by-problem" => s.ByProblem,
        "by-city" => s.ByCity,
        "by-unit-type" => s.ByUnitType,
        "by-week" => s.ByWeek,
        "awards" => s.Awards,
        _ => throw new InvalidOperationException($"no season table {table.Name}"),
    };

    private static CountTable TrackTable(OpenDataTable table, TrackStatistics s) => table.Name switch
    {
        "by-problem" => s.ByProblem,
        "by-city" => s.ByCity,
        "by-unit-type" => s.ByUnitType,
        "awards" => s.Awards,
        _ => throw new InvalidOperationException($"no track table {table.Name}"),
    };

    private static OpenDataColumn Count(string name, string zh, string en) => new(name, s_countCsv, CountParquet, new(zh, en));
}
