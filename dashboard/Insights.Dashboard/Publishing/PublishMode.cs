using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Insights.Dashboard.Publishing;

/// <summary>
/// <c>Insights.Dashboard.dll --publish DIR --warehouse W [--season S]</c>: runs the app on a loopback port of its own,
/// publishes the static public site of the season (the newest by default) from it (<see cref="SitePublisher"/>) and
/// stops. Exit codes: 0 published, 2 an unknown season (nothing written).
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

    /// <summary>The season given with <c>--season</c>, or null for the newest.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The season or null.</returns>
    public static string? Season(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == "--season")
            {
                return args[i + 1];
            }
        }

        return null;
    }

    /// <summary>The arguments for the app's builder: without <c>--publish DIR</c> and <c>--season S</c>, listening on a free loopback port.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The builder's arguments.</returns>
    public static string[] HostArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--publish" or "--season" or "--urls")
            {
                i++;
                continue;
            }

            rest.Add(args[i]);
        }

        rest.AddRange(["--urls", "http://127.0.0.1:0"]);
        return [.. rest];
    }

    /// <summary>The season to publish (<see cref="SitePublisher.SeasonAsync"/>), or null after writing the bilingual error that lists the warehouse's seasons.</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="season">The season asked for, or null for the newest.</param>
    /// <param name="error">Where the error goes (standard error).</param>
    /// <returns>The season, or null when the warehouse does not hold it (exit code 2).</returns>
    public static async Task<string?> SeasonOrErrorAsync(IServiceProvider services, string? season, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return await SitePublisher.SeasonAsync(services, season).ConfigureAwait(false);
        }
        catch (UnknownSeasonException e)
        {
            await error.WriteLineAsync($"错误 / error: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>Starts the app, publishes the site, stops the app.</summary>
    /// <param name="app">The built app.</param>
    /// <param name="folder">The site's folder.</param>
    /// <param name="season">The season, or null for the newest.</param>
    /// <returns>The exit code: 0 published, 2 an unknown season.</returns>
    public static async Task<int> RunAsync(WebApplication app, string folder, string? season = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Checked before the app starts: an unknown season writes nothing.
        season = await SeasonOrErrorAsync(app.Services, season, Console.Error).ConfigureAwait(false);
        if (season is null)
        {
            return 2;
        }

        await app.StartAsync().ConfigureAwait(false);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var files = await new SitePublisher(client, app.Services).PublishAsync(Path.GetFullPath(folder), season).ConfigureAwait(false);
            Console.WriteLine($"公开网站 / public site: {Path.GetFullPath(folder)} ({files.Count} files)");
            return 0;
        }
        finally
        {
            await app.StopAsync().ConfigureAwait(false);
        }
    }
}
