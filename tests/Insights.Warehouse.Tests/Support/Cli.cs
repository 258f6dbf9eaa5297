using System.Diagnostics;
using System.Text;
using Insights.Ingest.Privacy;

namespace Insights.Warehouse.Tests.Support;

/// <summary>
/// The <c>insights</c> command line as a child process: <c>.build/cli/insights.dll</c> under the repository root, built
/// once (<c>dotnet build ingest/Insights.Cli -c Release -o .build/cli</c>) when the dll is missing, and copied to a
/// private folder on first use so that a rebuild by someone else during the tests cannot swap it between two runs
/// that are compared. Child processes get the tests' personal-data key in <c>INSIGHTS_PII_KEY</c>.
/// </summary>
public static class Cli
{
    private static readonly Lazy<string> s_dll = new(() => Snapshot(Locate()));
    private static readonly string s_snapshot = Path.Combine(TestPaths.TempRoot, $"cli-{Guid.NewGuid():N}");

    /// <summary>The CLI's dll (the private copy).</summary>
    public static string Dll => s_dll.Value;

    /// <summary>Where the private copy was taken from, and when that was built.</summary>
    public static string Origin { get; private set; } = "";

    /// <summary>Removes the private copy.</summary>
    public static void DeleteSnapshot()
    {
        if (Directory.Exists(s_snapshot))
        {
            Directory.Delete(s_snapshot, recursive: true);
        }
    }

    /// <summary>Starts the CLI; standard output and error are drained into the given builders.</summary>
    /// <param name="stdout">Receives standard output.</param>
    /// <param name="stderr">Receives standard error.</param>
    /// <param name="arguments">The CLI's arguments.</param>
    public static Process Start(StringBuilder stdout, StringBuilder stderr, params string[] arguments) => Start(stdout, stderr, null, arguments);

    private static Process Start(StringBuilder stdout, StringBuilder stderr, string? input, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestPaths.RepositoryRoot,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[PersonalDataKey.EnvironmentVariable] = LakeRuns.PiiKey;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the CLI to completion.</summary>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="arguments">The CLI's arguments.</param>
    /// <returns>Exit code, standard output, standard error and how long it took.</returns>
    public static (int Exit, string Stdout, string Stderr, TimeSpan Elapsed) Run(TimeSpan timeout, params string[] arguments) =>
        RunWithInput(timeout, null, arguments);

    /// <summary>Runs the CLI to completion with the given standard input.</summary>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="input">What the CLI reads from standard input, or null to leave it the terminal's.</param>
    /// <param name="arguments">The CLI's arguments.</param>
    /// <returns>Exit code, standard output, standard error and how long it took.</returns>
    public static (int Exit, string Stdout, string Stderr, TimeSpan Elapsed) RunWithInput(TimeSpan timeout, string? input, params string[] arguments)
    {
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Start(stdout, stderr, input, arguments);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"insights {string.Join(" ", arguments)} took longer than {timeout}: {stderr}");
        }

        process.WaitForExit(); // drains the redirected streams
        lock (stdout)
        {
            lock (stderr)
            {
                return (process.ExitCode, stdout.ToString(), stderr.ToString(), clock.Elapsed);
            }
        }
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }

    private static string Snapshot(string dll)
    {
        var from = Path.GetDirectoryName(dll)!;
        Origin = $"{dll}, built {File.GetLastWriteTimeUtc(dll):yyyy-MM-dd HH:mm:ss} UTC";
        Directory.CreateDirectory(s_snapshot);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(s_snapshot, Path.GetFileName(file)));
        }

        // Native libraries: only this platform's (the folder holds every platform's, 300 MB).
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(folder);
            if (name == "runtimes")
            {
                var native = Path.Combine(folder, rid);
                LakeRuns.CopyTree(Directory.Exists(native) ? native : folder, Directory.Exists(native) ? Path.Combine(s_snapshot, "runtimes", rid) : Path.Combine(s_snapshot, "runtimes"));
            }
            else
            {
                LakeRuns.CopyTree(folder, Path.Combine(s_snapshot, name));
            }
        }

        return Path.Combine(s_snapshot, Path.GetFileName(dll));
    }

    private static string Locate()
    {
        var root = TestPaths.RepositoryRoot;
        var dll = Path.Combine(root, ".build", "cli", "insights.dll");
        if (File.Exists(dll))
        {
            return dll;
        }

        var build = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "build", Path.Combine("ingest", "Insights.Cli", "Insights.Cli.csproj"), "-c", "Release", "-o", Path.Combine(".build", "cli"), "--nologo", "-v", "q" })
        {
            build.ArgumentList.Add(argument);
        }

        using var process = Process.Start(build)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(dll))
        {
            throw new InvalidOperationException($"building the CLI failed ({process.ExitCode}):\n{output.Result}\n{errors.Result}");
        }

        return dll;
    }
}
