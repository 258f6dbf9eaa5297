using System.Text.RegularExpressions;

namespace Insights.Cli.Commands;

/// <summary>
/// The text of an exception as the user sees it: without .NET's " (Parameter 'x')" suffix, and with a Chinese lead
/// when .NET's own message is in English only (a file that cannot be opened, a permission refused).
/// </summary>
internal static partial class UserMessage
{
    /// <summary>The bilingual message of an exception.</summary>
    /// <param name="e">The exception.</param>
    public static string Of(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var text = e is ArgumentException { ParamName: { } name }
            ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal)
            : e.Message;
        if (Chinese().IsMatch(text))
        {
            return text;
        }

        var zh = e switch
        {
            FileNotFoundException or DirectoryNotFoundException => "找不到文件或目录",
            UnauthorizedAccessException => "没有访问权限",
            IOException => "文件读写失败",
            ArgumentException => "参数无效",
            InvalidDataException => "数据无效",
            _ => "操作失败",
        };
        return $"{zh} / {text}";
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
