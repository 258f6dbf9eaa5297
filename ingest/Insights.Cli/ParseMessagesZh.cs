using System.Text.RegularExpressions;

namespace Insights.Cli;

/// <summary>
/// Chinese for the System.CommandLine messages its own zh-Hans resources leave in English (3.0.0 translates only some
/// of them): the required option, a value of the wrong type, too many values, a missing verb.
/// </summary>
internal static partial class ParseMessagesZh
{
    /// <summary>The Chinese of an English parse message, or null when it is not one of the known shapes.</summary>
    /// <param name="english">The English message.</param>
    public static string? Of(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        if (RequiredOption().Match(english) is { Success: true } required)
        {
            return $"缺少必需的选项 {required.Groups[1].Value}";
        }

        if (CannotParse().Match(english) is { Success: true } parse)
        {
            var what = parse.Groups[2].Value == "option" ? "选项" : "命令";
            return $"{what} {parse.Groups[3].Value} 的值 '{parse.Groups[1].Value}' 不是{Kind(parse.Groups[4].Value)}";
        }

        if (SingleValue().Match(english) is { Success: true } single)
        {
            return $"选项 {single.Groups[1].Value} 只接受一个值，却给了 {single.Groups[2].Value} 个";
        }

        return english.StartsWith("Required command was not provided", StringComparison.Ordinal) ? "缺少子命令" : null;
    }

    private static string Kind(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "整数",
        "System.UInt32" or "System.UInt64" => "非负整数",
        "System.Double" or "System.Single" or "System.Decimal" => "数字",
        "System.Boolean" => "true 或 false",
        _ => "有效的值（" + type + "）",
    };

    [GeneratedRegex(@"^Option '(.+)' is required\.?$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for (option|command) '(.+)' as expected type '(.+)'\.?$")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Option '(.+)' expects a single argument but (\d+) were provided\.?$")]
    private static partial Regex SingleValue();
}
