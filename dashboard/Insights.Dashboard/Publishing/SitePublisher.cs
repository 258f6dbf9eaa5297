using System.Text;
using System.Text.RegularExpressions;
using Insights.Dashboard.Hosting;
using Insights.Dashboard.Public;
using Insights.Dashboard.Warehouse;

namespace Insights.Dashboard.Publishing;

/// <summary>
/// Writes the static public site of a season (the newest by default): the public pages as the dashboard renders them
/// (home, participation, the data dictionary, every track; Chinese at the root, English under <c>en/</c>) with relative
/// links, their stylesheets under <c>css/</c>, and every public table of the season (<see cref="OpenDataCatalog"/>) as
/// CSV and Parquet under <c>data/</c> with the data dictionary in Markdown (<c>data/README.md</c>). The same warehouse
/// gives the same bytes.
/// </summary>
/// <param name="client">A client of the running dashboard (anonymous: the public pages as anyone sees them).</param>
/// <param name="services">The dashboard's services (queries and warehouse).</param>
public sealed partial class SitePublisher(HttpClient client, IServiceProvider services)
{
    /// <summary>The season to publish: the one asked for, or the newest with registrations.</summary>
    /// <param name="services">The dashboard's services.</param>
    /// <param name="season">The season asked for, or null.</param>
    /// <returns>The season.</returns>
    /// <exception cref="UnknownSeasonException">The warehouse does not hold <paramref name="season"/>.</exception>
    /// <exception cref="InvalidOperationException">The warehouse has no season with registrations.</exception>
    public static async Task<string> SeasonAsync(IServiceProvider services, string? season)
    {
        ArgumentNullException.ThrowIfNull(services);
        var seasons = await services.GetRequiredService<PublicQueries>().SeasonsAsync().ConfigureAwait(false);
        if (seasons.Count == 0)
        {
            throw new InvalidOperationException("数据仓库中没有已报名的赛季 / the warehouse has no season with registrations");
        }

        if (season is null)
        {
            return seasons[0];
        }

        return seasons.Contains(season) ? season : throw new UnknownSeasonException(season, seasons);
    }

    /// <summary>Publishes the site of a season into a folder (created; files of the same names are replaced).</summary>
    /// <param name="output">The folder.</param>
    /// <param name="season">The season, or null for the newest (<see cref="SeasonAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the publishing.</param>
    /// <returns>The site paths written, sorted.</returns>
    /// <exception cref="UnknownSeasonException">The warehouse does not hold <paramref name="season"/>; nothing is written.</exception>
    public async Task<IReadOnlyList<string>> PublishAsync(string output, string? season = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var publicQueries = services.GetRequiredService<PublicQueries>();
        var trackQueries = services.GetRequiredService<TrackQueries>();
        season = await SeasonAsync(services, season).ConfigureAwait(false);
        var statistics = await publicQueries.StatisticsAsync(season).ConfigureAwait(false);
        var written = new SortedSet<string>(StringComparer.Ordinal);

        // Pages: the app path and the site file, per culture.
        var pages = new List<(string Path, string File)> { ("/", "index.html"), ("/participation", "participation.html"), ("/data", "data.html") };
        pages.AddRange(statistics.Tracks.Select(t => ($"/tracks/{Uri.EscapeDataString(t.Code)}", $"tracks/{t.Code}.html")));
        var assets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in UiExtensions.Cultures.Select(c => c.Name))
        {
            var prefix = SiteLinks.Prefix(culture);
            foreach (var (path, file) in pages)
            {
                var html = await GetStringAsync($"{path}?season={Uri.EscapeDataString(season)}&culture={culture}", cancellationToken).ConfigureAwait(false);
                foreach (Match link in Stylesheet().Matches(html))
                {
                    var href = link.Groups[1].Value;
                    if (!assets.ContainsKey(href))
                    {
                        var name = Path.GetFileName(href.Split('?')[0]);
                        var target = $"css/{name}";
                        assets[href] = target;
                        await WriteAsync(output, target, await GetBytesAsync("/" + href.TrimStart('/'), cancellationToken).ConfigureAwait(false), written, cancellationToken).ConfigureAwait(false);
                    }
                }

                var site = prefix + file;
                await WriteAsync(output, site, Encoding.UTF8.GetBytes(SiteLinks.Rewrite(html, site, culture, assets)), written, cancellationToken).ConfigureAwait(false);
            }
        }

        // Open data: the season's tables and every track's, as the downloads of the pages (OpenDataCatalog).
        var trackStatistics = new List<TrackStatistics>();
        foreach (var track in statistics.Tracks)
        {
            trackStatistics.Add(await trackQueries.TrackAsync(season, track.Code).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"track {track.Code} has no statistics"));
        }

        var files = OpenDataCatalog.Files(statistics, trackStatistics);
        foreach (var file in files)
        {
            await WriteAsync(output, file.Path + ".csv", OpenDataWriter.Csv(file.Table), written, cancellationToken).ConfigureAwait(false);
            await WriteAsync(output, file.Path + ".parquet", await OpenDataWriter.ParquetAsync(file.Table).ConfigureAwait(false), written, cancellationToken).ConfigureAwait(false);
        }

        var version = await services.GetRequiredService<WarehouseReader>().VersionAsync().ConfigureAwait(false);
        var dictionary = OpenDataWriter.Dictionary(files, statistics.Threshold, version.LatestBatch, version.LoadedAt);
        await WriteAsync(output, "data/README.md", Encoding.UTF8.GetBytes(dictionary), written, cancellationToken).ConfigureAwait(false);
        return [.. written];
    }

    private async Task<string> GetStringAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<byte[]> GetBytesAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(string output, string site, byte[] bytes, SortedSet<string> written, CancellationToken cancellationToken)
    {
        var path = Path.Combine(output, site.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        written.Add(site);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
