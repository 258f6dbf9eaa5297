using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Insights.Dashboard.Publishing;

/// <summary>
/// <c>Insights.Dashboard.dll --publish DIR --warehouse W</c>: runs the app on a loopback port of its own, publishes
/// the static public site from it (<see cref="SitePublisher"/>) and stops.
/// </summary>
public static class PublishMode
{
    /// <summary>The folder given with <c>--publish</c>, or null when the app is to serve.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The folder or null.</returns>
    public static string? Folder(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == "--publish")
            {
                return args[i + 1];
            }
        }

        return null;
    }

    /// <summary>The arguments for the app's builder: without <c>--publish DIR</c>, listening on a free loopback port.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The builder's arguments.</returns>
    public static string[] HostArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--publish" or "--urls")
            {
                i++;
                continue;
            }

            rest.Add(args[i]);
        }

        rest.AddRange(["--urls", "http://127.0.0.1:0"]);
        return [.. rest];
    }

    /// <summary>Starts the app, publishes the site, stops the app.</summary>
    /// <param name="app">The built app.</param>
    /// <param name="folder">The site's folder.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(WebApplication app, string folder)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync().ConfigureAwait(false);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var files = await new SitePublisher(client, app.Services).PublishAsync(Path.GetFullPath(folder)).ConfigureAwait(false);
            Console.WriteLine($"公开网站 / public site: {Path.GetFullPath(folder)} ({files.Count} files)");
            return 0;
        }
        finally
        {
            await app.StopAsync().ConfigureAwait(false);
        }
    }
}
