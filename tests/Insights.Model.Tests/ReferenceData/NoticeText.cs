using System.Text.RegularExpressions;

namespace Insights.Model.Tests.ReferenceData;

/// <summary>
/// Reads tracks, problems, hosting cities and organizing units straight from the notice's text, independently of the
/// reference CSV files, so the tests can compare the two.
/// </summary>
internal static partial class NoticeText
{
    private static readonly string[] s_numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    public static string Load() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "notice.txt"));

    /// <summary>Track number and short name from the annex headings 赛道N：数据要素×NAME.</summary>
    public static List<(int Number, string Name)> Tracks(string notice) =>
        [.. TrackHeading().Matches(Annex(notice)).Select(m => (Array.IndexOf(s_numerals, m.Groups[1].Value) + 1, m.Groups[2].Value))];

    /// <summary>(track number, problem number, title) from the 赛题N：TITLE lines under each track heading.</summary>
    public static List<(int Track, int Number, string Title)> Problems(string notice)
    {
        var annex = Annex(notice);
        var headings = TrackHeading().Matches(annex).ToList();
        var result = new List<(int, int, string)>();
        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Index : annex.Length;
            var section = annex[headings[i].Index..end];
            result.AddRange(ProblemLine().Matches(section).Select(m => (i + 1, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value.Trim())));
        }

        return result;
    }

    /// <summary>Track short name → hosting city, from section 四（一）: "...赛道由南京市具体承办".</summary>
    public static Dictionary<string, string> Hosting(string notice)
    {
        var hosting = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in HostingClause().Matches(notice))
        {
            foreach (var name in m.Groups[1].Value.Split(['、', '和'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                hosting[name] = m.Groups[2].Value;
            }
        }

        return hosting;
    }

    /// <summary>(role, unit name) in notice order from section 三 (一)-(五).</summary>
    public static List<(string Role, string Name)> OrganizingUnits(string notice)
    {
        var result = new List<(string, string)>();
        foreach (var (label, role) in new[] { ("指导单位", "guiding"), ("主办单位", "host"), ("承办单位", "undertaking"), ("协办单位", "co_organizing"), ("技术支持单位", "technical_support") })
        {
            var match = Regex.Match(notice, label + "：(.+?)。", RegexOptions.Singleline);
            var list = Whitespace().Replace(match.Groups[1].Value, "");
            if (list.EndsWith('等'))
            {
                list = list[..^1];
            }

            result.AddRange(list.Split('、').Select(name => (role, name)));
        }

        return result;
    }

    private static string Annex(string notice) => notice[notice.LastIndexOf("赛道赛题设置", StringComparison.Ordinal)..];

    [GeneratedRegex(@"赛道([一二三四五六七八九十]+)\s*[:：]\s*数据要素\s*[×x]\s*(\S+)")]
    private static partial Regex TrackHeading();

    [GeneratedRegex(@"赛题(\d+)\s*[:：]\s*([^\n]+)")]
    private static partial Regex ProblemLine();

    [GeneratedRegex(@"([\p{IsCJKUnifiedIdeographs}、和]+?)赛道由(\p{IsCJKUnifiedIdeographs}+?市)具体承办")]
    private static partial Regex HostingClause();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
