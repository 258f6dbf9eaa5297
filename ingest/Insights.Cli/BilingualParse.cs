using System.CommandLine;
using System.Globalization;

namespace Insights.Cli;

/// <summary>
/// Parses the command line and shows System.CommandLine's own messages ("Option '--warehouse' is required", an
/// unrecognized option, a value that cannot be read) in Chinese and English like every other error: the arguments are
/// parsed once with the Chinese (zh-Hans) resources System.CommandLine ships and once with the English ones, and each
/// error is printed as <c>错误 / error: 中文 / English</c>. A mistake on the command line exits with 2, as the verbs'
/// own usage errors do.
/// </summary>
public static class BilingualParse
{
    /// <summary>The exit code of a mistake on the command line.</summary>
    public const int UsageExitCode = 2;

    /// <summary>Parses and runs the command line.</summary>
    /// <param name="root">The command tree.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="error">Where the errors go (standard error).</param>
    /// <returns>The verb's exit code, or <see cref="UsageExitCode"/> after a parse error.</returns>
    public static int Invoke(RootCommand root, string[] args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var english = ParseIn(root, args, CultureInfo.GetCultureInfo("en"));
        if (english.Errors.Count == 0)
        {
            return english.Invoke();
        }

        var chinese = ParseIn(root, args, CultureInfo.GetCultureInfo("zh-Hans"));
        foreach (var line in Lines(chinese, english))
        {
            error.WriteLine(line);
        }

        var verb = english.CommandResult.Command is RootCommand ? "insights" : "insights " + string.Join(' ', Path(english.CommandResult.Command, root));
        error.WriteLine($"用法见 / usage: {verb} --help");
        return UsageExitCode;
    }

    /// <summary>The bilingual lines of a parse's errors, Chinese and English side by side.</summary>
    /// <param name="chinese">The parse with Chinese resources.</param>
    /// <param name="english">The same parse with English resources.</param>
    public static IEnumerable<string> Lines(ParseResult chinese, ParseResult english)
    {
        ArgumentNullException.ThrowIfNull(chinese);
        ArgumentNullException.ThrowIfNull(english);
        for (var i = 0; i < english.Errors.Count; i++)
        {
            var en = OneLine(english.Errors[i].Message);
            // Both parses see the same arguments, so they find the same errors in the same order.
            var zh = i < chinese.Errors.Count ? OneLine(chinese.Errors[i].Message) : en;
            if (zh == en)
            {
                zh = ParseMessagesZh.Of(en) ?? "命令行有误";
            }

            yield return $"错误 / error: {zh} / {en}";
        }
    }

    // "Must be one of:" lists the values one per line: one line per error reads better in a log.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static ParseResult ParseIn(RootCommand root, string[] args, CultureInfo culture)
    {
        // System.CommandLine reads its messages from its resources in the current UI culture, at parse time.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return root.Parse(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static List<string> Path(Command command, RootCommand root)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c && s != root; s = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return names;
    }
}
