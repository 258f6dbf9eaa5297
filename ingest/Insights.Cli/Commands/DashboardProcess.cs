using System.Diagnostics;

namespace Insights.Cli.Commands;

/// <summary>
/// Runs the dashboard executable (built by the launcher beside the CLI, or named by <c>$INSIGHTS_DASHBOARD</c>) as a
/// child process over a warehouse, for <c>serve</c> and <c>publish</c>; Ctrl+C stops the child with the CLI.
/// </summary>
internal static class DashboardProcess
{
    /// <summary>Checks the warehouse and the dashboard build, starts the dashboard with the arguments and waits.</summary>
    /// <param name="warehouse">The warehouse file.</param>
    /// <param name="arguments">The dashboard's arguments after its dll.</param>
    /// <param name="cancelledExitCode">The exit code when stopped by Ctrl+C.</param>
    /// <param name="cancellationToken">Stops the child.</param>
    /// <returns>The child's exit code, 2 when the warehouse or the dashboard is missing.</returns>
    public static int Run(string warehouse, IEnumerable<string> arguments, int cancelledExitCode, CancellationToken cancellationToken)
    {
        if (!File.Exists(warehouse))
        {
            Console.Error.WriteLine($"错误 / error: 数据仓库不存在 / the warehouse does not exist: {warehouse} (run `insights run` or `insights ingest` first)");
            return 2;
        }

        var dashboard = Environment.GetEnvironmentVariable("INSIGHTS_DASHBOARD") is { Length: > 0 } built
            ? built
            : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "dashboard", "Insights.Dashboard.dll"));
        if (!File.Exists(dashboard))
        {
            Console.Error.WriteLine($"错误 / error: 找不到仪表盘 / the dashboard is not built: {dashboard} (the ./insights launcher builds it)");
            return 2;
        }

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(dashboard);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        using var stop = cancellationToken.Register(() =>
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        });
        process.WaitForExit();
        return cancellationToken.IsCancellationRequested ? cancelledExitCode : process.ExitCode;
    }
}
