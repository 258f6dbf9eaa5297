using System.Diagnostics;
using System.Text.Json;

namespace Insights.Dashboard.Tests.Support;

/// <summary>
/// The W3C Nu Html Checker (vnu.jar from the npm package vnu-jar, pinned in tests/tools/package.json; the test command
/// installs it with <c>npm ci --ignore-scripts</c> and runs it with the machine's Java): every message it gives on a
/// set of files, errors and warnings (info messages, such as the harmless trailing slash of void elements, are left out).
/// Missing tools fail the calling test with what to run; they never skip it.
/// </summary>
internal static class HtmlValidator
{
    /// <summary>One message of the checker.</summary>
    /// <param name="File">The file checked.</param>
    /// <param name="Line">Its line (0 when the checker gave none).</param>
    /// <param name="Type">error or warning (non-document-error for a file it could not read).</param>
    /// <param name="Text">What the checker said.</param>
    public sealed record Message(string File, int Line, string Type, string Text)
    {
        /// <inheritdoc/>
        public override string ToString() => $"{System.IO.Path.GetFileName(File)}:{Line}: {Type}: {Text}";
    }

    /// <summary>Validates HTML files in one run of the checker (one JVM start for all of them).</summary>
    /// <param name="files">The files.</param>
    /// <returns>Errors and warnings; none when every file is valid HTML.</returns>
    public static IReadOnlyList<Message> Validate(IReadOnlyCollection<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Assert.NotEmpty(files);
        var jar = Jar();
        Assert.True(File.Exists(jar), $"the Nu Html Checker is not installed: {jar} (run ./insights test, or npm ci --ignore-scripts --prefix tests/tools)");
        var java = Java();
        Assert.True(java is not null, "java is required for the Nu Html Checker (tests/apt-packages.txt: openjdk-17-jre-headless; ./insights test installs it)");

        var start = new ProcessStartInfo(java) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-Xss8m", "-jar", jar, "--format", "json", "--exit-zero-always" }.Concat(files.Select(Path.GetFullPath)))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var json = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        Assert.True(process.ExitCode == 0, $"the Nu Html Checker failed (exit {process.ExitCode}): {json}");

        using var document = JsonDocument.Parse(json);
        var messages = new List<Message>();
        foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString() ?? "";
            var subType = message.TryGetProperty("subType", out var s) ? s.GetString() : null;
            if (type == "info" && subType != "warning")
            {
                continue;
            }

            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            // The checker names files as file:/path (one slash), which System.Uri does not take.
            messages.Add(new Message(url.StartsWith("file:", StringComparison.Ordinal) ? Uri.UnescapeDataString(url["file:".Length..]) : url, line, subType ?? type, message.GetProperty("message").GetString() ?? ""));
        }

        return messages;
    }

    /// <summary>Asserts that every file is valid HTML, listing the first messages when not.</summary>
    /// <param name="files">The files.</param>
    public static void AssertValid(IReadOnlyCollection<string> files)
    {
        var messages = Validate(files);
        Assert.True(messages.Count == 0, $"{messages.Count} messages of the Nu Html Checker on {files.Count} files, the first: {string.Join(Environment.NewLine, messages.Take(15))}");
    }

    private static string Jar() => Path.Combine(Repository.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static string? Java()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, "java")).FirstOrDefault(File.Exists);
    }
}
