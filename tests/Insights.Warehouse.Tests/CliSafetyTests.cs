using System.Diagnostics;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// <c>insights ingest</c> as the user runs it, on the hazards of issue 12: file names with control characters are
/// printed escaped, a symbolic link is skipped with its reason, and a full disk is a clear message in both languages
/// with exit code 2, not a stack trace.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class CliSafetyTests
{
    private const string Good = "season,stage,track,panel,judge,project,criterion,score\nEXT-1,r1,T,P,J1,X1,c,1\n";
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void Names_are_printed_escaped_and_links_are_skipped()
    {
        using var work = new TempDirectory("names");
        var source = work.Combine("source");
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(source, "good.csv"), Good);
        File.WriteAllText(Path.Combine(source, "bell\u0007\u001b[2J.csv"), "a,b\n1,2\n");
        File.CreateSymbolicLink(Path.Combine(source, "link.csv"), Path.Combine(source, "good.csv"));

        var run = Cli.Run(s_timeout, "ingest", source, "--warehouse", work.Combine("W.duckdb"));

        Assert.Equal(2, run.Exit);
        Assert.DoesNotContain(run.Stdout + run.Stderr, c => c is '\u0007' or '\u001b');
        Assert.Contains("bell\\x07\\x1B[2J.csv", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("link.csv: a symbolic link (to ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("跳过 / skipped", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_is_a_message_in_both_languages_and_exit_code_2()
    {
        // A real full disk: a 1 MB tmpfs for the lake and the warehouse, which needs root (mount); skipped elsewhere.
        using var work = new TempDirectory("full");
        var disk = work.Combine("disk");
        Directory.CreateDirectory(disk);
        if (!OperatingSystem.IsLinux() || Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk) != 0)
        {
            Assert.Skip("mounting a small tmpfs needs root on Linux");
        }

        try
        {
            var source = work.Combine("source");
            Directory.CreateDirectory(source);
            var random = new Random(8);
            File.WriteAllText(Path.Combine(source, "big.csv"), Good[..Good.IndexOf('\n')] + "\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"EXT-1,r1,T,P,J{random.Next()},X{i},c,{random.Next(100)}\n")));

            var run = Cli.Run(s_timeout, "ingest", source, "--warehouse", Path.Combine(disk, "W.duckdb"));

            var output = run.Stdout + run.Stderr;
            Assert.True(run.Exit == 2, $"exit {run.Exit}: {output}");
            Assert.Contains("磁盘已满，导入中止：", output, StringComparison.Ordinal);
            Assert.Contains("the disk is full, the ingest stopped: ", output, StringComparison.Ordinal);
            Assert.Contains("No space left on device", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            Run("umount", disk);
        }
    }

    private static int Run(string command, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(command) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
