using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// System.CommandLine's and .NET's own messages reach the user in Chinese and English, exit 2, one line per error.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class CliParseMessageTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Proves: a missing required option, an unknown option, a value of the wrong type and a value not among the
    /// allowed ones each give "错误 / error: Chinese / English" (the Chinese written here by hand, independent of the
    /// code) and the verb's help hint, with exit code 2.
    /// </summary>
    [Theory]
    [InlineData("ingest /tmp", "缺少必需的选项 --warehouse", "Option '--warehouse' is required", "insights ingest --help")]
    [InlineData("ingest /tmp --warehouse /tmp/none/W.duckdb --bogus", "未识别命令或参数", "Unrecognized command or argument '--bogus'", "insights ingest --help")]
    [InlineData("generate --out /tmp/none --projects abc", "选项 --projects 的值 'abc' 不是整数", "Cannot parse argument 'abc' for option '--projects'", "insights generate --help")]
    [InlineData("users add x --role boss", "未识别参数", "Argument 'boss' not recognized. Must be one of: 'organizer' 'committee'", "insights users add --help")]
    public void A_parse_error_is_bilingual_and_exits_2(string commandLine, string chinese, string english, string hint)
    {
        var run = Cli.Run(s_timeout, commandLine.Split(' '));

        Assert.Equal(2, run.Exit);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var error = Assert.Single(lines, l => l.StartsWith("错误 / error: ", StringComparison.Ordinal));
        Assert.Contains(chinese, error, StringComparison.Ordinal);
        Assert.Contains(" / " + english, error, StringComparison.Ordinal);
        Assert.Contains("用法见 / usage: " + hint, lines);
    }

    /// <summary>
    /// Proves: an ArgumentException of the accounts store (a password too short) is shown without .NET's
    /// "(Parameter 'password')" suffix.
    /// </summary>
    [Fact]
    public void An_argument_exception_has_no_parameter_suffix()
    {
        using var work = new TempDirectory("users-msg");
        var users = work.Combine("users.json");
        var run = Cli.RunWithInput(s_timeout, "short\n", "users", "add", "anna", "--role", "organizer", "--users", users);

        Assert.Equal(2, run.Exit);
        Assert.Contains("密码至少10个字符 / the password must have at least 10 characters", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", run.Stderr, StringComparison.Ordinal);
    }
}
