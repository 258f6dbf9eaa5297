using System.Text;
using System.Text.RegularExpressions;

namespace Insights.Ingest.Feeds.Review.Sheets;

/// <summary>
/// The words of review-sheet headers: stage markers (（二）, 第二轮, 复评, stage 2...), judge ordinals (专家一, 评委A,
/// 第一位专家, Judge 1, J1...), the fields of a judge's group (编码, 原始分, 标准分, 复议分...) and the per-project
/// columns (项目编号, 赛道, 分组, 总分, 排名, 奖项).
/// </summary>
public static partial class SheetWords
{
    private const string ChineseDigits = "〇一二三四五六七八九十";
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";

    private static readonly Dictionary<string, JudgeField> s_judgeFields = Build(
        (JudgeField.Id, ["编码", "编号", "代码", "id", "号", "code", "工号", "账号"]),
        (JudgeField.Name, ["姓名", "名字", "name"]),
        (JudgeField.Score, ["原始分", "原始得分", "原始成绩", "原始分数", "得分", "分数", "评分", "打分", "成绩", "分", "score", "raw", "rawscore", "rawmark", "mark", "初始分"]),
        (JudgeField.Standard, ["标准分", "标准化分", "标准化得分", "标准得分", "标准化分数", "standardized", "standardised", "standardizedscore", "standardisedscore", "zscore", "z分", "standard", "standardscore"]),
        (JudgeField.Reconsidered, ["复议分", "复议后", "复议后得分", "复议后分数", "复议得分", "复议", "复核分", "复核后", "复核后得分", "复核得分", "reconsidered", "reconsideredscore", "revised", "revisedscore"]));

    private static readonly Dictionary<string, ProjectField> s_projectFields = Build(
        (ProjectField.Sequence, ["序号", "no", "行号", "index", "#", "sn", "编号序号"]),
        (ProjectField.Project, ["项目编号", "编号", "projectid", "项目id", "作品编号", "项目代码", "参赛编号", "id", "project", "projectno", "projectcode", "项目号"]),
        (ProjectField.Name, ["项目名称", "projectname", "作品名称", "名称", "title", "name", "项目"]),
        (ProjectField.Track, ["赛道", "track", "赛道名称", "参赛赛道"]),
        (ProjectField.Panel, ["分组", "评审组", "组别", "group", "panel", "评审分组", "小组", "组号", "panelid", "专家组"]),
        (ProjectField.Total, ["总分", "平均分", "最终得分", "total", "得分合计", "总成绩", "合计", "totalscore", "average", "averagescore", "mean", "meanscore", "综合得分", "最终成绩"]),
        (ProjectField.Rank, ["排名", "名次", "rank", "ranking", "排序"]),
        (ProjectField.Award, ["奖项", "获奖等级", "拟获奖等级", "award", "prize", "获奖情况", "奖励等级", "拟获奖项"]));

    /// <summary>Folds full-width characters and case, and trims.</summary>
    /// <param name="header">A header as read.</param>
    public static string Fold(string header) => header.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();

    /// <summary>Takes a stage marker off a header: the stage it names (1, 2, ...) or 0, and the rest.</summary>
    /// <param name="folded">A header after <see cref="Fold"/>.</param>
    public static (int Stage, string Remainder) StripStage(string folded)
    {
        foreach (var regex in new[] { BracketSuffix(), WordPrefix(), WordSuffix() })
        {
            var match = regex.Match(folded);
            if (match.Success && StageOf(match.Groups["m"].Value) is var stage and > 0)
            {
                return (stage, folded.Remove(match.Index, match.Length).Trim());
            }
        }

        return (0, folded);
    }

    /// <summary>The stage a marker word names (二, 2, 第二轮, 复评, 决赛, final, stage 2...), or 0.</summary>
    /// <param name="word">The marker.</param>
    public static int StageOf(string word)
    {
        var w = Squeeze(word);
        if (w is "复评" or "决赛" or "final" or "终评")
        {
            return 2;
        }

        if (w is "初评" or "初赛")
        {
            return 1;
        }

        foreach (var prefix in new[] { "stage", "round", "第" })
        {
            if (w.StartsWith(prefix, StringComparison.Ordinal))
            {
                w = w[prefix.Length..];
            }
        }

        foreach (var suffix in new[] { "轮", "阶段" })
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length];
            }
        }

        return Ordinal(w) is var n and >= 1 and <= 9 ? n : 0;
    }

    /// <summary>Reads a header as a judge group's column: ordinal and field, or null when it is not one.</summary>
    /// <param name="rest">A header after <see cref="Fold"/> and <see cref="StripStage"/>.</param>
    public static (int Ordinal, JudgeField Field, string Word)? JudgeColumn(string rest)
    {
        foreach (var regex in new[] { ChineseOrdinal(), ChineseNthOrdinal(), EnglishOrdinal(), ShortOrdinal(), FieldFirst() })
        {
            var match = regex.Match(rest);
            if (!match.Success)
            {
                continue;
            }

            var ordinal = Ordinal(match.Groups["o"].Value);
            var word = Squeeze(match.Groups["f"].Value);
            if (ordinal <= 0)
            {
                continue;
            }

            if (word.Length == 0)
            {
                return regex == FieldFirst() ? null : (ordinal, JudgeField.Bare, word);
            }

            if (s_judgeFields.TryGetValue(word, out var field))
            {
                return (ordinal, field, word);
            }
        }

        return null;
    }

    /// <summary>Reads a header as a per-project column, or null.</summary>
    /// <param name="rest">A header after <see cref="Fold"/> and <see cref="StripStage"/>.</param>
    public static ProjectField? ProjectColumn(string rest) =>
        s_projectFields.TryGetValue(HeaderAliases.Normalize(rest), out var field) ? field : null;

    /// <summary>The round label of a reconsidered mark's header word: 复议, 复核, reconsidered or revised.</summary>
    /// <param name="word">The field word of the header.</param>
    public static string RoundLabel(string word) =>
        word.StartsWith("复核", StringComparison.Ordinal) ? "复核"
        : word.StartsWith("revised", StringComparison.Ordinal) ? "revised"
        : word.StartsWith("reconsidered", StringComparison.Ordinal) ? "reconsidered"
        : "复议";

    /// <summary>An ordinal as a number: 1, 01, 一, 十二, A, 甲; 0 when it is none.</summary>
    /// <param name="text">The ordinal.</param>
    public static int Ordinal(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (text.All(char.IsAsciiDigit))
        {
            return text.Length <= 3 ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }

        if (text.Length == 1 && char.IsAsciiLetterLower(text[0]))
        {
            return text[0] - 'a' + 1;
        }

        if (text.Length == 1 && Stems.Contains(text[0], StringComparison.Ordinal))
        {
            return Stems.IndexOf(text[0], StringComparison.Ordinal) + 1;
        }

        return ChineseNumber(text);
    }

    private static int ChineseNumber(string text)
    {
        var value = 0;
        var digit = -1;
        foreach (var c in text)
        {
            var d = ChineseDigits.IndexOf(c, StringComparison.Ordinal);
            if (d < 0)
            {
                return 0;
            }

            if (d == 10)
            {
                value += (digit < 0 ? 1 : digit) * 10;
                digit = -1;
            }
            else
            {
                digit = d;
            }
        }

        return value + Math.Max(digit, 0);
    }

    private static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-' and not '.' and not ':' and not '：')]);

    private static Dictionary<string, T> Build<T>(params (T Value, string[] Words)[] groups)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, words) in groups)
        {
            foreach (var word in words)
            {
                map.TryAdd(HeaderAliases.Normalize(word), value);
            }
        }

        return map;
    }

    [GeneratedRegex(@"\s*[\(\[【]\s*(?<m>[^()\[\]【】]{1,12}?)\s*[\)\]】]\s*$")]
    private static partial Regex BracketSuffix();

    [GeneratedRegex(@"^(?<m>初评|初赛|复评|决赛|终评|第[一二三四五六七八九]轮|[一二三四五六七八九]轮|第[一二三四五六七八九]阶段|stage\s*\d|round\s*\d|final)\s*")]
    private static partial Regex WordPrefix();

    [GeneratedRegex(@"\s*(?<m>第[一二三四五六七八九]轮|[一二三四五六七八九]轮|第[一二三四五六七八九]阶段|stage\s*\d|round\s*\d|复评|决赛)$")]
    private static partial Regex WordSuffix();

    [GeneratedRegex(@"^(?:评审专家|专家|评委|评审)\s*(?<o>[一二三四五六七八九十]{1,3}|\d{1,3}|[a-z]|[甲乙丙丁戊己庚辛壬癸])(?:号)?(?![a-z])\s*(?<f>.*)$")]
    private static partial Regex ChineseOrdinal();

    [GeneratedRegex(@"^第(?<o>[一二三四五六七八九十]{1,3}|\d{1,3})位?(?:评审专家|专家|评委)\s*(?<f>.*)$")]
    private static partial Regex ChineseNthOrdinal();

    [GeneratedRegex(@"^(?:judge|expert|reviewer|rater|referee)\s*#?\s*(?<o>\d{1,3}|[a-z])(?![a-z0-9])\s*(?<f>.*)$")]
    private static partial Regex EnglishOrdinal();

    [GeneratedRegex(@"^j(?<o>\d{1,3})(?![0-9])\s*(?<f>.*)$")]
    private static partial Regex ShortOrdinal();

    [GeneratedRegex(@"^(?<f>[^\d]+?)\s*(?:专家|评委|judge|expert|reviewer)?\s*(?<o>\d{1,3})$")]
    private static partial Regex FieldFirst();
}
