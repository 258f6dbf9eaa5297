using System.CommandLine;
using System.Diagnostics;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights serve --warehouse PATH [--urls URL] [--users FILE]</c>: runs the dashboard (its own process, built by
/// the launcher beside the CLI) over a warehouse until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Where the dashboard listens by default.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create()
    {
        var warehouse = WarehouseOptions.Warehouse();
        var urls = Urls();
        var users = Users();
        var command = new Command("serve", "启动仪表盘 / serve the dashboard over a warehouse") { warehouse, urls, users };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(warehouse)!.FullName, parse.GetValue(urls)!, parse.GetValue(users)?.FullName, cancellationToken)));
        return command;
    }

    public static Option<string> Urls() => new("--urls")
    {
        Description = "监听地址 / where to listen",
        DefaultValueFactory = _ => DefaultUrls,
    };

    public static Option<FileInfo?> Users() => new("--users") { Description = "账户文件 / the accounts file (default: $INSIGHTS_USERS or ~/.config/insights/users.json)" };

    /// <summary>Starts the dashboard and waits for it.</summary>
    public static int Run(string warehouse, string urls, string? users, CancellationToken cancellationToken)
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
        foreach (var argument in new[] { dashboard, "--warehouse", warehouse, "--urls", urls })
        {
            start.ArgumentList.Add(argument);
        }

        if (users is not null)
        {
            start.ArgumentList.Add("--users");
            start.ArgumentList.Add(users);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        Console.WriteLine($"仪表盘 / dashboard: {urls} (Ctrl+C 停止 / to stop)");
        using var process = Process.Start(start)!;
        using var stop = cancellationToken.Register(() =>
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        });
        process.WaitForExit();
        return cancellationToken.IsCancellationRequested ? 0 : process.ExitCode;
    }
}
