using System.CommandLine;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights publish --warehouse PATH --out DIR [--season S]</c>: writes the static public site of a season (the
/// newest by default: the public pages, suppressed as the dashboard shows them, with CSV and Parquet downloads and a
/// data dictionary) by running the dashboard (its own process, built by the launcher beside the CLI) in its publish
/// mode. Exit codes: 0 written; 2 no warehouse, no dashboard build, or an unknown season (the message lists the
/// warehouse's seasons).
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
        var season = new Option<string?>("--season") { Description = "赛季（默认最新）/ the season (default: the newest)" };
        var command = new Command("publish", "生成公开静态网站 / write the static public site (pages, CSV and Parquet open data)") { warehouse, output, season };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(warehouse)!.FullName, parse.GetValue(output)!.FullName, parse.GetValue(season), cancellationToken)));
        return command;
    }

    /// <summary>Runs the dashboard's publish mode and waits for it.</summary>
    /// <param name="warehouse">The warehouse file.</param>
    /// <param name="output">The site's folder.</param>
    /// <param name="season">The season, or null for the newest.</param>
    /// <param name="cancellationToken">Stops the dashboard.</param>
    /// <returns>The exit code: 0 written, 1 cancelled, 2 no warehouse, no dashboard or an unknown season.</returns>
    public static int Run(string warehouse, string output, string? season, CancellationToken cancellationToken) =>
        DashboardProcess.Run(warehouse,
            ["--publish", output, "--warehouse", warehouse, .. season is null ? Array.Empty<string>() : ["--season", season], "--Logging:LogLevel:Default", "Warning"],
            cancelledExitCode: 1, cancellationToken);
}
