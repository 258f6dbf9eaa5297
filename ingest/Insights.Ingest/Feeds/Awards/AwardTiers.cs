namespace Insights.Ingest.Feeds.Awards;

/// <summary>
/// Award labels as competitions print them, to tier codes: <c>first</c>, <c>second</c>, <c>third</c>, <c>single</c>
/// (单项奖), <c>special</c> (特等奖) and <c>merit</c> (优秀奖, 鼓励奖); 未获奖, 无, -, — mean no award.
/// </summary>
public static class AwardTiers
{
    /// <summary>The tier codes.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["first", "second", "third", "single", "special", "merit"];

    private static readonly Dictionary<string, string?> s_labels = Build();

    /// <summary>
    /// Reads an award label: true with the tier code (null for "no award"), or false when the label is unknown.
    /// </summary>
    /// <param name="label">The label as printed (null or empty: no award).</param>
    /// <param name="extra">Labels a layout file maps to codes, checked first.</param>
    /// <param name="tier">The tier code, or null for no award.</param>
    public static bool TryRead(string? label, IReadOnlyDictionary<string, string>? extra, out string? tier)
    {
        tier = null;
        if (string.IsNullOrWhiteSpace(label))
        {
            return true;
        }

        var key = HeaderAliases.Normalize(label);
        if (extra is not null)
        {
            foreach (var (name, code) in extra)
            {
                if (HeaderAliases.Normalize(name) == key)
                {
                    tier = code == "none" ? null : code;
                    return true;
                }
            }
        }

        return s_labels.TryGetValue(key, out tier);
    }

    private static Dictionary<string, string?> Build()
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Add(string? code, params string[] labels)
        {
            foreach (var label in labels)
            {
                map[HeaderAliases.Normalize(label)] = code;
            }
        }

        Add("first", "一等奖", "一等", "first", "first prize", "1st", "1st prize", "gold", "金奖", "金牌");
        Add("second", "二等奖", "二等", "second", "second prize", "2nd", "2nd prize", "silver", "银奖", "银牌");
        Add("third", "三等奖", "三等", "third", "third prize", "3rd", "3rd prize", "bronze", "铜奖", "铜牌");
        Add("single", "单项奖", "single", "single award");
        Add("special", "特等奖", "特等", "special", "special prize", "grand prize");
        Add("merit", "优秀奖", "鼓励奖", "merit", "honourable mention", "honorable mention", "merit award");
        Add(null, "未获奖", "无", "-", "—", "——", "none", "no award", "未获奖项", "/");
        return map;
    }
}
