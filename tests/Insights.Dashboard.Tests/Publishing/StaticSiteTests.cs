using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Insights.Dashboard.Publishing;
using Insights.Dashboard.Tests.Support;
using Parquet;

namespace Insights.Dashboard.Tests.Publishing;

/// <summary>
/// The static public site published over the test season: well-formed pages in both languages with links that
/// resolve to the site's files, no judge and no small participation count anywhere (award counts are public by the notice), Parquet equal to CSV, CSV equal to the
/// dashboard's downloads, the data dictionary page and README from one catalog, and the same bytes on a second publish
/// that names the season (the only one) explicitly; an unknown season is refused with the warehouse's seasons.
/// </summary>
public sealed partial class StaticSiteTests
{
    private static readonly Lazy<Task<(string First, string Second, IReadOnlyList<string> Files)>> s_sites = new(PublishTwiceAsync);

    /// <summary>The site published twice over the served season (once per test process), for the browser tests too.</summary>
    /// <returns>The two folders and the site paths written.</returns>
    internal static Task<(string First, string Second, IReadOnlyList<string> Files)> PublishedAsync() => s_sites.Value;

    private static async Task<(string, string, IReadOnlyList<string>)> PublishTwiceAsync()
    {
        var season = await ServedSeason.SharedAsync();
        var first = Path.Combine(season.Root, "site-1");
        var second = Path.Combine(season.Root, "site-2");
        IReadOnlyList<string> files;
        // Two hosts, as two runs of `insights publish` would be: the default season, then the same named (--season).
        using (var factory = new DashboardFactory(season.Warehouse))
        using (var client = factory.CreateClient())
        {
            files = await new SitePublisher(client, factory.Services).PublishAsync(first);
        }

        using (var factory = new DashboardFactory(season.Warehouse))
        using (var client = factory.CreateClient())
        {
            await new SitePublisher(client, factory.Services).PublishAsync(second, "2024-JS");
        }

        return (first, second, files);
    }

    [Fact]
    public async Task Pages_of_both_languages_are_published_well_formed()
    {
        var (site, _, files) = await s_sites.Value;
        foreach (var page in new[] { "index.html", "participation.html", "data.html", "tracks/T01.html", "tracks/T12.html", "en/index.html", "en/participation.html", "en/data.html", "en/tracks/T07.html" })
        {
            Assert.Contains(page, files);
        }

        Assert.Contains("data/README.md", files);
        Assert.Contains(files, f => f.StartsWith("css/", StringComparison.Ordinal) && f.Contains("MudBlazor", StringComparison.Ordinal));
        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = await File.ReadAllTextAsync(Path.Combine(site, page), TestContext.Current.CancellationToken);
            Assert.True(HtmlCheck.Problems(html) is { Count: 0 }, $"{page}: {string.Join("; ", HtmlCheck.Problems(html))}");
            Assert.Contains(page.StartsWith("en/", StringComparison.Ordinal) ? "lang=\"en\"" : "lang=\"zh-CN\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<base", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        }

        var home = await File.ReadAllTextAsync(Path.Combine(site, "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("赛道", WebUtility.HtmlDecode(home), StringComparison.Ordinal);
        Assert.Contains("href=\"tracks/T01.html\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"en/index.html\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"data.html\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"data.html#season-by-track\"", home, StringComparison.Ordinal);
        var track = await File.ReadAllTextAsync(Path.Combine(site, "en/tracks/T07.html"), TestContext.Current.CancellationToken);
        Assert.Contains("href=\"../../en/data.html\"", track, StringComparison.Ordinal);
        Assert.Contains("href=\"../../en/data.html#track-awards\"", track, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_data_dictionary_page_and_readme_describe_every_published_file_and_column()
    {
        var (site, _, files) = await s_sites.Value;
        var zh = WebUtility.HtmlDecode(await File.ReadAllTextAsync(Path.Combine(site, "data.html"), TestContext.Current.CancellationToken));
        var en = WebUtility.HtmlDecode(await File.ReadAllTextAsync(Path.Combine(site, "en/data.html"), TestContext.Current.CancellationToken));
        var readme = await File.ReadAllTextAsync(Path.Combine(site, "data/README.md"), TestContext.Current.CancellationToken);
        Assert.Contains("href=\"en/data.html\"", zh, StringComparison.Ordinal);
        Assert.Contains("href=\"data/2024-JS/by-track.csv\"", zh, StringComparison.Ordinal);
        Assert.Contains("href=\"../data/2024-JS/tracks/T12/awards.csv\"", en, StringComparison.Ordinal);
        foreach (var text in new[] { zh, en, readme })
        {
            Assert.Contains("k = 5", text, StringComparison.Ordinal);
            Assert.Contains("_suppressed", text, StringComparison.Ordinal);
        }

        // One description: each table's title and each column's meaning on both pages and in the README.
        foreach (var table in OpenDataCatalog.Tables)
        {
            Assert.Contains($"id=\"{(table.PerTrack ? "track-" : "season-") + table.Name}\"", zh, StringComparison.Ordinal);
            Assert.Contains(table.Title.Zh, zh, StringComparison.Ordinal);
            Assert.Contains(table.Title.En, en, StringComparison.Ordinal);
            Assert.Contains(table.Title.Both(), readme, StringComparison.Ordinal);
            foreach (var column in table.Columns())
            {
                Assert.Contains(column.Meaning.Zh, zh, StringComparison.Ordinal);
                Assert.Contains(column.Meaning.En, en, StringComparison.Ordinal);
                Assert.Contains($"| `{column.Name}` |", readme, StringComparison.Ordinal);
            }
        }

        // The catalog's columns are the files' columns: every CSV header is label, the counts and total.
        foreach (var csv in files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var perTrack = csv.Contains("/tracks/", StringComparison.Ordinal);
            var table = Assert.Single(OpenDataCatalog.Tables, t => t.PerTrack == perTrack && t.Name == Path.GetFileNameWithoutExtension(csv));
            var header = CsvRows((await File.ReadAllTextAsync(Path.Combine(site, csv), TestContext.Current.CancellationToken)).TrimStart('\uFEFF'))[0];
            Assert.Equal(table.Columns().Select(c => c.Name).Where(n => !n.EndsWith("_suppressed", StringComparison.Ordinal)), header);
            Assert.Contains($"`{csv[5..]}`", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_season_is_refused_with_the_warehouse_seasons_and_writes_nothing()
    {
        var season = await ServedSeason.SharedAsync();
        using var factory = new DashboardFactory(season.Warehouse);
        using var client = factory.CreateClient();
        var folder = Path.Combine(season.Root, "site-unknown");
        var e = await Assert.ThrowsAsync<UnknownSeasonException>(() => new SitePublisher(client, factory.Services).PublishAsync(folder, "2099-XX", TestContext.Current.CancellationToken));
        Assert.Equal(["2024-JS"], e.Seasons);
        Assert.Contains("未知赛季 '2099-XX'", e.Message, StringComparison.Ordinal);
        Assert.Contains("unknown season '2099-XX'; the warehouse's seasons: 2024-JS", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));

        // The publish mode's answer (exit code 2): the bilingual error on standard error, no season to publish.
        using var error = new StringWriter();
        Assert.Null(await PublishMode.SeasonOrErrorAsync(factory.Services, "2099-XX", error));
        Assert.StartsWith("错误 / error: 未知赛季", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("2024-JS", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("2024-JS", await PublishMode.SeasonOrErrorAsync(factory.Services, "2024-JS", error));
        Assert.Equal("2024-JS", await PublishMode.SeasonOrErrorAsync(factory.Services, null, error));
    }

    [Fact]
    public async Task Every_page_is_valid_html_by_the_nu_checker()
    {
        var (site, _, files) = await s_sites.Value;
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(f => Path.Combine(site, f)).ToList();
        Assert.True(pages.Count >= 28, $"{pages.Count} pages");
        HtmlValidator.AssertValid(pages);
    }

    [Fact]
    public async Task Every_link_resolves_to_a_file_of_the_site()
    {
        var (site, _, files) = await s_sites.Value;
        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = await File.ReadAllTextAsync(Path.Combine(site, page), TestContext.Current.CancellationToken);
            var folder = Path.GetDirectoryName(Path.Combine(site, page))!;
            foreach (Match link in Link().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (href.StartsWith('#') || href.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.False(href.Contains("://", StringComparison.Ordinal) || href.StartsWith('/'), $"{page}: link {href} leaves the site");
                var target = Path.GetFullPath(Path.Combine(folder, href.Split('#', '?')[0]));
                Assert.True(target.StartsWith(Path.GetFullPath(site), StringComparison.Ordinal) && File.Exists(target), $"{page}: {href} is not a file of the site");
            }
        }
    }

    [Fact]
    public async Task No_judge_and_no_small_count_is_published()
    {
        var season = await ServedSeason.SharedAsync();
        var (site, _, files) = await s_sites.Value;
        foreach (var file in files.Where(f => !f.EndsWith(".parquet", StringComparison.Ordinal)))
        {
            var text = WebUtility.HtmlDecode(await File.ReadAllTextAsync(Path.Combine(site, file), TestContext.Current.CancellationToken));
            Assert.DoesNotMatch(@"EX\d{5}", text);
            Assert.All(season.JudgeNames, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
            Assert.All(season.MaskedPhones, phone => Assert.DoesNotContain(phone, text, StringComparison.Ordinal));
            // Award counts are public by the notice (the award list is announced) and shown in full.
            if (file.EndsWith(".csv", StringComparison.Ordinal) && !file.EndsWith("/awards.csv", StringComparison.Ordinal))
            {
                foreach (var cell in CsvRows(text).Skip(1).SelectMany(row => row.Skip(1)).Where(c => c != "suppressed"))
                {
                    var n = long.Parse(cell, CultureInfo.InvariantCulture);
                    Assert.True(n == 0 || n >= 5, $"{file}: small count {n} published");
                }
            }
        }

        // Parquet strings too: the labels are counts' labels, never a person.
        foreach (var file in files.Where(f => f.EndsWith(".parquet", StringComparison.Ordinal)))
        {
            var bytes = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(site, file), TestContext.Current.CancellationToken));
            Assert.DoesNotMatch(@"EX\d{5}", bytes);
            Assert.All(season.JudgeNames, name => Assert.DoesNotContain(name, bytes, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Csv_equals_the_dashboard_download_and_parquet_equals_csv()
    {
        var season = await ServedSeason.SharedAsync();
        var (site, _, files) = await s_sites.Value;
        using var factory = new DashboardFactory(season.Warehouse);
        using var client = factory.CreateClient();
        var csvFiles = files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).ToList();
        Assert.Equal(6 + (4 * 12), csvFiles.Count);
        foreach (var csv in csvFiles)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(site, csv), TestContext.Current.CancellationToken);
            Assert.Equal(await client.GetByteArrayAsync(new Uri("/" + csv, UriKind.Relative), TestContext.Current.CancellationToken), bytes);

            var rows = CsvRows(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
            var header = rows[0];
            await using var stream = File.OpenRead(Path.Combine(site, csv[..^4] + ".parquet"));
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
            var fields = reader.Schema.GetDataFields();
            Assert.Equal(header.Skip(1).SelectMany(c => new[] { c, c + "_suppressed" }).Prepend("label"), fields.Select(f => f.Name));
            using var group = reader.OpenRowGroupReader(0);
            Assert.Equal(rows.Count - 1, group.RowCount);
            var labels = new string?[group.RowCount];
            await group.ReadAsync(fields[0], labels.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
            for (var c = 1; c < header.Count; c++)
            {
                var values = new long?[group.RowCount];
                var suppressed = new bool[group.RowCount];
                await group.ReadAsync(fields[(2 * c) - 1], values.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
                await group.ReadAsync(fields[2 * c], suppressed.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
                for (var r = 0; r < group.RowCount; r++)
                {
                    var cell = rows[r + 1][c];
                    Assert.True(cell == "suppressed" ? values[r] is null && suppressed[r] : values[r] == long.Parse(cell, CultureInfo.InvariantCulture) && !suppressed[r],
                        $"{csv} row {r} column {header[c]}: csv {cell}, parquet {values[r]}");
                }
            }

            for (var r = 0; r < group.RowCount; r++)
            {
                Assert.True(rows[r + 1][0] == labels[r] || rows[r + 1][0] == "'" + labels[r], $"{csv} row {r}: {rows[r + 1][0]} vs {labels[r]}");
            }
        }
    }

    [Fact]
    public async Task A_second_publish_naming_the_season_gives_the_same_bytes()
    {
        var (first, second, files) = await s_sites.Value;
        Assert.Equal(files, Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(second, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var a = await File.ReadAllBytesAsync(Path.Combine(first, file), TestContext.Current.CancellationToken);
            var b = await File.ReadAllBytesAsync(Path.Combine(second, file), TestContext.Current.CancellationToken);
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs");
        }
    }

    [Fact]
    public void Publish_mode_reads_its_folder_and_listens_on_a_free_loopback_port()
    {
        string[] args = ["--warehouse", "w.duckdb", "--publish", "site", "--season", "2024-JS", "--urls", "http://0.0.0.0:80"];
        Assert.Equal("site", PublishMode.Folder(args));
        Assert.Equal("2024-JS", PublishMode.Season(args));
        Assert.Null(PublishMode.Folder(["--warehouse", "w.duckdb"]));
        Assert.Null(PublishMode.Season(["--warehouse", "w.duckdb", "--publish", "site"]));
        Assert.Equal(["--warehouse", "w.duckdb", "--urls", "http://127.0.0.1:0"], PublishMode.HostArguments(args));
    }

    [Fact]
    public void The_html_check_finds_unbalanced_tags_and_a_missing_title()
    {
        Assert.Empty(HtmlCheck.Problems("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head><body><svg><path d=\"M0\" /></svg></body></html>"));
        Assert.NotEmpty(HtmlCheck.Problems("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><div></body></html>"));
        Assert.NotEmpty(HtmlCheck.Problems("<!DOCTYPE html><html lang=\"en\"><head></head><body></body></html>"));
    }

    private static List<List<string>> CsvRows(string text)
    {
        var rows = new List<List<string>>();
        foreach (var line in text.Split('\n').Where(l => l.Length > 0))
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var ch = line[i];
                if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = !quoted;
                }
                else if (ch == ',' && !quoted)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else
                {
                    cell.Append(ch);
                }
            }

            cells.Add(cell.ToString());
            rows.Add(cells);
        }

        return rows;
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Link();
}
