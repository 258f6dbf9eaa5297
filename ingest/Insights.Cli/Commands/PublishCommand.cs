using System.CommandLine;
using System.Diagnostics;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights publish --warehouse PATH --out DIR</c>: writes the static public site (the public pages, suppressed as
/// the dashboard shows them, with CSV and Parquet downloads and a data dictionary) by running the dashboard (its own
/// process, built by the launcher beside the CLI) in its publish mode.
/// </summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var warehouse = WarehouseOptions.Warehouse();
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "网站目录 / the site's folder",
            Required = true,
        };
        var command = new Command("publish", "生成公开静态网站 / write the static public site (pages, CSV and Parquet open data)") { warehouse, output };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(warehouse)!.FullName, parse.GetValue(output)!.FullName, cancellationToken)));
        return command;
    }

    /// <summary>Runs the dashboard's publish mode and waits for it.</summary>
    public static int Run(string warehouse, string output, CancellationToken cancellationToken)
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
        foreach (var argument in new[] { dashboard, "--publish", output, "--warehouse", warehouse, "--Logging:LogLevel:Default", "Warning" })
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
        return cancellationToken.IsCancellationRequested ? 1 : process.ExitCode;
    }
}
