using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Insights.Dashboard.Tests.Support;
using Insights.Reports;

namespace Insights.Dashboard.Tests.Reports;

/// <summary>
/// The committees' fairness reports (<c>insights report</c>) over the served test season: self-contained, well-formed HTML
/// with the warehouse's numbers, byte-identical on a second run, a PDF by headless Chromium (required: no skip), and
/// screenshots in artifacts/screenshots/report-*.png.
/// </summary>
public sealed partial class FairnessReportTests
{
    private static readonly string[] s_sections = ["summary", "checked", "found", "judges", "panels", "linking", "robustness", "todo", "appendix", "data-version"];

    [Fact]
    public async Task Track_and_division_reports_are_self_contained_well_formed_and_carry_the_warehouse_numbers()
    {
        var season = await ServedSeason.SharedAsync();
        var output = Path.Combine(season.Root, "reports-zh");
        var files = ReportWriter.Write(season.Warehouse, output, null, "zh", pdf: false);
        Assert.Equal(13, files.Count);
        foreach (var file in files)
        {
            var html = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
            AssertSelfContainedAndWellFormed(html, "zh-CN");
        }

        HtmlValidator.AssertValid(files);

        using var connection = new DuckDBConnection($"Data Source={season.Warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        foreach (var track in new[] { "T01", "T05", "T12" })
        {
            var html = await File.ReadAllTextAsync(Path.Combine(output, $"report-{track}.zh.html"), TestContext.Current.CancellationToken);
            foreach (var section in s_sections)
            {
                Assert.Contains($"id=\"{section}\"", html, StringComparison.Ordinal);
            }

            Assert.Contains($"data-findings=\"{Scalar(connection, "SELECT count(*) FROM fact_finding WHERE season = '2024-JS' AND (track_code = $t OR (track_code IS NULL AND kind = 'favoritism_pooled'))", track):N0}\"", html, StringComparison.Ordinal);
            Assert.Contains($"<dd>{Scalar(connection, "SELECT count(*) FROM dim_project WHERE season = '2024-JS' AND track_code = $t AND is_registered", track):N0}</dd>", html, StringComparison.Ordinal);
            Assert.Contains("<svg", html, StringComparison.Ordinal);
            Assert.Contains("评委宽严度", html, StringComparison.Ordinal);
        }

        var division = await File.ReadAllTextAsync(Path.Combine(output, "report-division.zh.html"), TestContext.Current.CancellationToken);
        Assert.Contains($"data-findings=\"{Scalar(connection, "SELECT count(*) FROM fact_finding WHERE season = '2024-JS' AND $t = $t", "x"):N0}\"", division, StringComparison.Ordinal);
        Assert.Equal(12, Regex.Count(division, "<tr data-track=\"T\\d\\d\">"));
        Assert.Contains("href=\"report-T01.zh.html\"", division, StringComparison.Ordinal);
        using var batch = connection.CreateCommand();
        batch.CommandText = "SELECT batch_id FROM etl_batch ORDER BY loaded_at DESC, sequence DESC LIMIT 1";
        Assert.Contains((string)batch.ExecuteScalar()!, division, StringComparison.Ordinal);

        // The same inputs give the same bytes.
        var again = ReportWriter.Write(season.Warehouse, Path.Combine(season.Root, "reports-zh-again"), null, "zh", pdf: false);
        foreach (var (first, second) in files.Zip(again))
        {
            Assert.Equal(await File.ReadAllBytesAsync(first, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(second, TestContext.Current.CancellationToken));
        }

        Chromium.Screenshot(Path.Combine(output, "report-T01.zh.html"), Path.Combine(Repository.Screenshots, "report-T01.zh.png"));
        Chromium.Screenshot(Path.Combine(output, "report-division.zh.html"), Path.Combine(Repository.Screenshots, "report-division.zh.png"));
    }

    [Fact]
    public async Task One_track_in_English_is_printed_to_pdf_by_chromium()
    {
        Assert.True(Chromium.Find() is not null, "chromium is required (tests/apt-packages.txt; the test command installs it)");
        var season = await ServedSeason.SharedAsync();
        var output = Path.Combine(season.Root, "reports-en");
        var files = ReportWriter.Write(season.Warehouse, output, "T03", "en", pdf: true);
        Assert.Equal(["report-T03.en.html", "report-T03.en.pdf"], files.Select(Path.GetFileName));
        var html = await File.ReadAllTextAsync(files[0], TestContext.Current.CancellationToken);
        AssertSelfContainedAndWellFormed(html, "en");
        HtmlValidator.AssertValid([files[0]]);
        Assert.Contains("What was checked", html, StringComparison.Ordinal);
        Assert.Contains("What to do", html, StringComparison.Ordinal);
        var pdf = await File.ReadAllBytesAsync(files[1], TestContext.Current.CancellationToken);
        Assert.True(pdf.Length > 10_000, $"PDF of {pdf.Length} bytes");
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        // Reproducible: printed again (a second later at least), the same bytes; its dates are the data's load time.
        await Task.Delay(1100, TestContext.Current.CancellationToken);
        var again = ReportWriter.Write(season.Warehouse, Path.Combine(season.Root, "reports-en-again"), "T03", "en", pdf: true);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(again[1], TestContext.Current.CancellationToken));
        using (var connection = new DuckDBConnection($"Data Source={season.Warehouse};ACCESS_MODE=READ_ONLY"))
        {
            connection.Open();
            using var loaded = connection.CreateCommand();
            loaded.CommandText = "SELECT strftime(max(loaded_at), '%Y%m%d%H%M%S') FROM etl_batch";
            var stamp = (string)loaded.ExecuteScalar()!;
            Assert.Contains($"/CreationDate (D:{stamp}", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        }

        Chromium.Screenshot(files[0], Path.Combine(Repository.Screenshots, "report-T03.en.png"));
        Assert.Throws<ArgumentException>(() => ReportWriter.Write(season.Warehouse, output, "T99", "en", pdf: false));
        Assert.Throws<ArgumentException>(() => ReportRenderer.Culture("fr"));
    }

    [Fact]
    public async Task Personal_data_quoted_by_findings_is_withheld_unless_the_organizers_ask_for_it()
    {
        var season = await ServedSeason.SharedAsync();
        // The people the season's findings quote: representatives in two teams (the generator plants them).
        List<(string Name, string Phone, string Track)> quoted;
        using (var connection = new DuckDBConnection($"Data Source={season.Warehouse};ACCESS_MODE=READ_ONLY"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT DISTINCT r.person_name, r.phone_masked, f.track_code
                FROM fact_finding AS f JOIN stg_representative AS r ON r.season = f.season AND r.phone_masked = (f.evidence->>'phone_masked')
                WHERE f.season = '2024-JS' AND f.rule_id = 'R-REPRESENTATIVE-ONE-TEAM' AND f.track_code IS NOT NULL AND contains(f.message_zh, r.person_name)
                ORDER BY ALL
                """;
            using var reader = command.ExecuteReader();
            quoted = [];
            while (reader.Read())
            {
                quoted.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        Assert.NotEmpty(quoted);
        var track = quoted[0].Track;
        var committees = ReportWriter.Write(season.Warehouse, Path.Combine(season.Root, "reports-withheld"), track, "zh", pdf: false);
        var committeeHtml = await File.ReadAllTextAsync(committees[0], TestContext.Current.CancellationToken);
        Assert.Contains(PersonalData.Mark, committeeHtml, StringComparison.Ordinal);
        foreach (var (name, phone, t) in quoted.Where(q => q.Track == track))
        {
            Assert.DoesNotContain(name, committeeHtml, StringComparison.Ordinal);
            Assert.DoesNotContain(phone, committeeHtml, StringComparison.Ordinal);
        }

        Assert.All(season.JudgeNames, name => Assert.DoesNotContain(name, committeeHtml, StringComparison.Ordinal));
        var organizers = ReportWriter.Write(season.Warehouse, Path.Combine(season.Root, "reports-personal"), track, "zh", pdf: false, personalData: true);
        var organizerHtml = await File.ReadAllTextAsync(organizers[0], TestContext.Current.CancellationToken);
        Assert.Contains(quoted[0].Name, organizerHtml, StringComparison.Ordinal);
        Assert.Contains(quoted[0].Phone, organizerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalData.Mark, organizerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Withholding_replaces_the_longest_texts_first_and_ignores_single_characters()
    {
        var withheld = new PersonalData(["王", "王小明", "小明", "139****0001", "139****0001"]);
        Assert.Equal(3, withheld.Count);
        Assert.Equal($"代表 {PersonalData.Mark}（{PersonalData.Mark}）与王五", withheld.Withhold("代表 王小明（139****0001）与王五"));
        Assert.Equal("nothing personal", PersonalData.None.Withhold("nothing personal"));
    }

    [Fact]
    public async Task The_season_named_gives_the_default_reports_and_an_unknown_season_is_refused()
    {
        var season = await ServedSeason.SharedAsync();
        var byDefault = ReportWriter.Write(season.Warehouse, Path.Combine(season.Root, "reports-default"), "T02", "zh", pdf: false);
        var named = ReportWriter.Write(season.Warehouse, Path.Combine(season.Root, "reports-named"), "T02", "zh", pdf: false, season: "2024-JS");
        Assert.Equal(byDefault.Select(Path.GetFileName), named.Select(Path.GetFileName));
        foreach (var (first, second) in byDefault.Zip(named))
        {
            Assert.Equal(await File.ReadAllBytesAsync(first, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(second, TestContext.Current.CancellationToken));
        }

        var output = Path.Combine(season.Root, "reports-unknown");
        var e = Assert.Throws<ArgumentException>(() => ReportWriter.Write(season.Warehouse, output, null, "zh", pdf: false, season: "2099-XX"));
        Assert.Equal("season", e.ParamName);
        Assert.Contains("未知赛季 '2099-XX'", e.Message, StringComparison.Ordinal);
        Assert.Contains("unknown season '2099-XX'; the warehouse's seasons: 2024-JS", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private static void AssertSelfContainedAndWellFormed(string html, string lang)
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Matches("<title>[^<]+</title>", html);
        Assert.Contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)<link|<script|<img|<iframe|@import|url\\((?!#)", html);
        Assert.DoesNotMatch("(?i)(src|href)\\s*=\\s*[\"']?(https?:|//)", html);
        foreach (var tag in new[] { "html", "head", "body", "main", "section", "table", "thead", "tbody", "tr", "figure", "svg", "h1", "h2", "h3", "ul", "ol", "p" })
        {
            Assert.True(Regex.Count(html, $"<{tag}[\\s>]") == Regex.Count(html, $"</{tag}>"), $"<{tag}> unbalanced");
        }
    }

    private static long Scalar(DuckDBConnection connection, string sql, string track)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("t", track));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
