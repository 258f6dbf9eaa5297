using System.CommandLine;

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
    public static int Run(string warehouse, string output, CancellationToken cancellationToken) =>
        DashboardProcess.Run(warehouse, ["--publish", output, "--warehouse", warehouse, "--Logging:LogLevel:Default", "Warning"], cancelledExitCode: 1, cancellationToken);
}
