using System.Diagnostics;

namespace Insights.Reports;

/// <summary>Headless Chromium (Debian's chromium): prints an HTML file to PDF or takes a screenshot of it.</summary>
public static class Chromium
{
    private static readonly string[] s_names = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>The browser: $INSIGHTS_CHROMIUM, else the first of chromium, chromium-browser, google-chrome on PATH.</summary>
    /// <returns>Its path, or null when none is installed.</returns>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("INSIGHTS_CHROMIUM") is { Length: > 0 } configured)
        {
            return configured;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return s_names.SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Prints an HTML file to PDF (no header and footer, so no date or file path is printed; the document's dates are the clock's: see <see cref="PdfDates"/>).</summary>
    /// <param name="html">The HTML file.</param>
    /// <param name="pdf">The PDF file.</param>
    /// <exception cref="InvalidOperationException">No browser, or it failed.</exception>
    public static void PrintToPdf(string html, string pdf) => Run(html, pdf, $"--print-to-pdf={Path.GetFullPath(pdf)}", "--no-pdf-header-footer");

    /// <summary>Takes a screenshot of an HTML file.</summary>
    /// <param name="html">The HTML file.</param>
    /// <param name="png">The PNG file.</param>
    /// <param name="width">Window width.</param>
    /// <param name="height">Window height.</param>
    /// <exception cref="InvalidOperationException">No browser, or it failed.</exception>
    public static void Screenshot(string html, string png, int width = 1280, int height = 2400) =>
        Run(html, png, $"--screenshot={Path.GetFullPath(png)}", $"--window-size={width},{height}", "--hide-scrollbars");

    private static void Run(string html, string output, params string[] arguments)
    {
        var browser = Find() ?? throw new InvalidOperationException("chromium is not installed (apt-get install chromium fonts-noto-cjk)");
        var profile = Directory.CreateTempSubdirectory("insights-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile.FullName}" }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(Path.GetFullPath(html)).AbsoluteUri);
            File.Delete(output);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{browser} did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{browser} took longer than two minutes on {html}");
            }

            if (process.ExitCode != 0 || !File.Exists(output))
            {
                throw new InvalidOperationException($"{browser} failed on {html} (exit {process.ExitCode}): {stderr.Result}");
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
