using System.CommandLine;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights serve --warehouse PATH [--urls URL] [--users FILE]</c>: runs the dashboard (its own process, built by
/// the launcher beside the CLI) over a warehouse until Ctrl+C. A port in use is one line and exit code 2.
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
        List<string> arguments = ["--warehouse", warehouse, "--urls", urls];
        if (users is not null)
        {
            arguments.AddRange(["--users", users]);
        }

        if (PortCheck.InUse(urls) is { } inUse)
        {
            Console.Error.WriteLine(inUse);
            return 2;
        }

        if (File.Exists(warehouse))
        {
            Console.WriteLine($"仪表盘 / dashboard: {urls} (Ctrl+C 停止 / to stop)");
        }

        return DashboardProcess.Run(warehouse, arguments, cancelledExitCode: 0, cancellationToken);
    }
}
