using System.Globalization;
using Insights.Ingest.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Insights.Ingest.Rules;

/// <summary>
/// Reads a season's rules file (YAML, or JSON, which YAML reads too): the stages in order, how each ranks its
/// projects (mean or trimmed mean, raw or standardized marks) and what the ranking decides (how many go on, the award
/// tiers by count, share or minimum score). Every mistake is reported with its line and key in Chinese and English;
/// unknown keys are mistakes too, so a misspelt <c>trimmed_mean</c> cannot pass as the default in silence.
/// </summary>
public static class RulesFile
{
    /// <summary>The largest rules file read (a rules file is a few hundred bytes).</summary>
    public const long MaxBytes = 1 << 20;

    private static readonly string[] s_topKeys = ["season", "stages"];
    private static readonly string[] s_stageKeys = ["stage", "order", "name_zh", "name_en", "score", "basis", "advance", "awards"];
    private static readonly string[] s_tierKeys = ["tier", "count", "share", "min_score", "at_least", "names"];

    /// <summary>Whether a file name is that of a rules file found in a source folder: <c>rules.yaml</c>, <c>rules.yml</c>,
    /// or any <c>*.rules.yaml</c>, <c>*.rules.yml</c>, <c>*.rules.json</c>.</summary>
    /// <param name="fileName">A file name.</param>
    public static bool IsRulesFileName(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        return name is "rules.yaml" or "rules.yml" || name.EndsWith(".rules.yaml", StringComparison.Ordinal)
            || name.EndsWith(".rules.yml", StringComparison.Ordinal) || name.EndsWith(".rules.json", StringComparison.Ordinal);
    }

    /// <summary>Reads and checks a rules file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="defaultSeason">The season when the file names none (<c>--season</c>).</param>
    /// <returns>The rules.</returns>
    /// <exception cref="SourceFileException">The file is not a valid rules file; the message says where.</exception>
    public static SeasonRules Read(string path, string defaultSeason)
    {
        ArgumentNullException.ThrowIfNull(path);
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new SourceFileException(path, $"规则文件超过 {MaxBytes:N0} 字节", $"the rules file is larger than {MaxBytes:N0} bytes");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new SourceFileException(path, $"不是有效的 YAML/JSON：{e.Message}", $"not valid YAML or JSON: {e.Message}", e.Start.Line);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SourceFileException(path, "规则文件应是一个映射（season、stages）", "a rules file is one mapping (season, stages)");
        }

        return Parse(path, root, defaultSeason);
    }

    private static SeasonRules Parse(string path, YamlMappingNode root, string defaultSeason)
    {
        Keys(path, root, s_topKeys, "");
        var season = Text(path, root, "season") ?? defaultSeason;
        if (Child(root, "stages") is not YamlSequenceNode stages || stages.Children.Count == 0)
        {
            throw Error(path, root, "缺少 stages 列表（每个评审阶段一项）", "the stages list is missing (one item per stage)");
        }

        var rules = new List<StageRule>();
        foreach (var (node, i) in stages.Children.Select((n, i) => (n, i)))
        {
            if (node is not YamlMappingNode stage)
            {
                throw Error(path, node, "stages 的每一项应是一个映射", "each item of stages is a mapping");
            }

            rules.Add(Stage(path, stage, i + 1));
        }

        foreach (var twice in rules.GroupBy(r => r.Stage).Where(g => g.Count() > 1).Concat(rules.GroupBy(r => r.Order.ToString(CultureInfo.InvariantCulture)).Where(g => g.Count() > 1)))
        {
            throw Error(path, stages, $"阶段或顺序重复：{twice.Key}", $"a stage or order appears twice: {twice.Key}");
        }

        return new SeasonRules(season, [.. rules.OrderBy(r => r.Order)]);
    }

    private static StageRule Stage(string path, YamlMappingNode node, int position)
    {
        Keys(path, node, s_stageKeys, "stages.");
        var stage = Text(path, node, "stage") ?? throw Error(path, node, "阶段缺少 stage（评分数据中的阶段名）", "a stage lacks its label (stage: as the score data names it)");
        var order = Whole(path, node, "order") ?? position;
        var method = Text(path, node, "score") ?? "mean";
        if (method is not ("mean" or "trimmed_mean"))
        {
            throw Error(path, Child(node, "score")!, $"score 只能是 mean 或 trimmed_mean，而不是“{method}”", $"score is mean or trimmed_mean, not '{method}'");
        }

        var basis = Text(path, node, "basis") ?? "raw";
        if (basis is not ("raw" or "standard"))
        {
            throw Error(path, Child(node, "basis")!, $"basis 只能是 raw 或 standard，而不是“{basis}”", $"basis is raw or standard, not '{basis}'");
        }

        var (advanceCount, advanceShare) = CountOrShare(path, node, "advance");
        var tiers = new List<AwardTierRule>();
        if (Child(node, "awards") is { } awards)
        {
            if (awards is not YamlSequenceNode list)
            {
                throw Error(path, awards, "awards 应是奖项等级的列表", "awards is a list of tiers");
            }

            foreach (var item in list.Children)
            {
                tiers.Add(Tier(path, item as YamlMappingNode ?? throw Error(path, item, "awards 的每一项应是一个映射", "each item of awards is a mapping")));
            }
        }

        if (tiers.Count > 0 && (advanceCount is not null || advanceShare is not null))
        {
            throw Error(path, node, $"阶段 {stage} 不能同时规定晋级（advance）和奖项（awards）", $"stage {stage} cannot declare both advance and awards");
        }

        return new StageRule(stage, order, Text(path, node, "name_zh"), Text(path, node, "name_en"), method, basis, advanceCount, advanceShare, tiers);
    }

    private static AwardTierRule Tier(string path, YamlMappingNode node)
    {
        Keys(path, node, s_tierKeys, "awards.");
        var tier = Text(path, node, "tier") ?? throw Error(path, node, "奖项缺少 tier（如 first）", "a tier lacks its code (tier: e.g. first)");
        var (count, share) = CountOrShare(path, node, "count");
        if (share is null && Child(node, "share") is not null)
        {
            (_, share) = CountOrShare(path, node, "share");
        }

        var minScore = Real(path, node, "min_score");
        if (new object?[] { count, share, minScore }.Count(v => v is not null) != 1)
        {
            throw Error(path, node, $"奖项 {tier} 须且只能给出 count、share 或 min_score 之一", $"tier {tier} needs exactly one of count, share or min_score");
        }

        var names = Child(node, "names") switch
        {
            null => [],
            YamlScalarNode s => [s.Value ?? ""],
            YamlSequenceNode s => s.Children.Select(c => (c as YamlScalarNode)?.Value ?? throw Error(path, c, "names 的每一项应是文字", "each name is text")).ToList(),
            var other => throw Error(path, other, "names 应是文字或文字列表", "names is text or a list of text"),
        };
        return new AwardTierRule(tier, count, share, minScore, Whole(path, node, "at_least") ?? 0, names);
    }

    /// <summary>A value that is a count (18), a share as a percentage (5%) or a fraction below one (0.05).</summary>
    private static (int? Count, double? Share) CountOrShare(string path, YamlMappingNode node, string key)
    {
        var text = Text(path, node, key);
        if (text is null)
        {
            return (null, null);
        }

        var percent = text.EndsWith('%');
        if (double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            switch (percent)
            {
                case true when value <= 100:
                    return (null, value / 100);
                case false when key == "share" && value <= 1:
                    return (null, value);
                case false when key != "share" && value == Math.Floor(value) && value <= int.MaxValue:
                    return ((int)value, null);
                case false when key != "share" && value < 1:
                    return (null, value);
            }
        }

        throw Error(path, Child(node, key)!, $"{key} 应是人数（如 18）或比例（如 5% 或 0.05），而不是“{text}”", $"{key} is a count (18) or a share (5% or 0.05), not '{text}'");
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.FirstOrDefault(c => c.Key is YamlScalarNode k && k.Value == key).Value;

    private static string? Text(string path, YamlMappingNode node, string key) => Child(node, key) switch
    {
        null => null,
        YamlScalarNode { Value: var v } => string.IsNullOrWhiteSpace(v) ? null : v.Trim(),
        var other => throw Error(path, other, $"{key} 应是一个值", $"{key} is a single value"),
    };

    private static int? Whole(string path, YamlMappingNode node, string key) => Text(path, node, key) is not { } text ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v
        : throw Error(path, Child(node, key)!, $"{key} 应是非负整数，而不是“{text}”", $"{key} is a whole number ≥ 0, not '{text}'");

    private static double? Real(string path, YamlMappingNode node, string key) => Text(path, node, key) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v
        : throw Error(path, Child(node, key)!, $"{key} 应是数字，而不是“{text}”", $"{key} is a number, not '{text}'");

    private static void Keys(string path, YamlMappingNode node, string[] known, string prefix)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                throw Error(path, key, $"未知的键 {prefix}{name}（可用：{string.Join("、", known)}）", $"unknown key {prefix}{name} (known: {string.Join(", ", known)})");
            }
        }
    }

    private static SourceFileException Error(string path, YamlNode node, string zh, string en) =>
        new(path, $"规则文件：{zh}", $"rules file: {en}", node.Start.Line);
}
