using System.Text;
using System.Text.RegularExpressions;
using Insights.Dashboard.Hosting;
using Insights.Dashboard.Public;
using Insights.Dashboard.Warehouse;

namespace Insights.Dashboard.Publishing;

/// <summary>
/// Writes the static public site: the public pages as the dashboard renders them (home, participation, every track;
/// Chinese at the root, English under <c>en/</c>) with relative links, their stylesheets under <c>css/</c>, and every
/// public table of the newest season as CSV and Parquet under <c>data/</c> with a data dictionary
/// (<c>data/README.md</c>). The same warehouse gives the same bytes.
/// </summary>
/// <param name="client">A client of the running dashboard (anonymous: the public pages as anyone sees them).</param>
/// <param name="services">The dashboard's services (queries and warehouse).</param>
public sealed partial class SitePublisher(HttpClient client, IServiceProvider services)
{
    /// <summary>Publishes the site into a folder (created; files of the same names are replaced).</summary>
    /// <param name="output">The folder.</param>
    /// <param name="cancellationToken">Cancels the publishing.</param>
    /// <returns>The site paths written, sorted.</returns>
    public async Task<IReadOnlyList<string>> PublishAsync(string output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var publicQueries = services.GetRequiredService<PublicQueries>();
        var trackQueries = services.GetRequiredService<TrackQueries>();
        var seasons = await publicQueries.SeasonsAsync().ConfigureAwait(false);
        if (seasons.Count == 0)
        {
            throw new InvalidOperationException("the warehouse has no season with registrations");
        }

        var season = seasons[0];
        var statistics = await publicQueries.StatisticsAsync(season).ConfigureAwait(false);
        var written = new SortedSet<string>(StringComparer.Ordinal);

        // Pages: the app path and the site file, per culture.
        var pages = new List<(string Path, string File)> { ("/", "index.html"), ("/participation", "participation.html") };
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

        // Open data: the season's tables and every track's, as the downloads of the pages.
        var root = $"data/{season}";
        var files = new List<OpenDataFile>
        {
            new($"{root}/by-track", "projects per track", statistics.ByTrack),
            new($"{root}/by-problem", "projects per problem statement", statistics.ByProblem),
            new($"{root}/by-city", "teams per city of the lead unit", statistics.ByCity),
            new($"{root}/by-unit-type", "teams per type of the lead unit", statistics.ByUnitType),
            new($"{root}/by-week", "teams registered per week (the Monday)", statistics.ByWeek),
            new($"{root}/awards", "awards per track and tier", statistics.Awards),
        };
        foreach (var track in statistics.Tracks)
        {
            var s = await trackQueries.TrackAsync(season, track.Code).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"track {track.Code} has no statistics");
            var folder = $"{root}/tracks/{track.Code}";
            files.Add(new($"{folder}/by-problem", $"{track.Code}: projects per problem statement", s.ByProblem));
            files.Add(new($"{folder}/by-city", $"{track.Code}: teams with a project in the track per city of the lead unit", s.ByCity));
            files.Add(new($"{folder}/by-unit-type", $"{track.Code}: teams with a project in the track per type of the lead unit", s.ByUnitType));
            files.Add(new($"{folder}/awards", $"{track.Code}: awards per tier", s.Awards));
        }

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
