using System.Text;
using Insights.Warehouse.Reading;
using Insights.Warehouse.Reading.Reports;

namespace Insights.Reports;

/// <summary>Writes the reports of a warehouse into a folder: report-&lt;track&gt;.&lt;lang&gt;.html and .pdf per track, report-division.&lt;lang&gt;.html and .pdf.</summary>
public static class ReportWriter
{
    /// <summary>Writes the reports.</summary>
    /// <param name="warehouse">The DuckDB warehouse (analysed).</param>
    /// <param name="output">The folder (created).</param>
    /// <param name="track">One track only (no division report), or null for every track and the division.</param>
    /// <param name="language">zh or en.</param>
    /// <param name="pdf">Also print each report to PDF with headless Chromium.</param>
    /// <param name="season">The season, or null for the newest season with the notice's tracks.</param>
    /// <param name="personalData">
    /// Keep people's personal data in the findings' texts (organizers only); by default the representatives' names,
    /// masked phones and ID numbers and the judges' names are withheld (see <see cref="PersonalData"/>).
    /// </param>
    /// <returns>The files written, HTML before PDF.</returns>
    /// <exception cref="ArgumentException">No season, an unknown season or an unknown track.</exception>
    public static IReadOnlyList<string> Write(string warehouse, string output, string? track, string language, bool pdf = true, string? season = null, bool personalData = false) =>
        WriteAsync(warehouse, output, track, language, pdf, season, personalData).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<string>> WriteAsync(string warehouse, string output, string? track, string language, bool pdf, string? season, bool personalData)
    {
        ReportRenderer.Culture(language);
        using var connection = WarehouseCommands.OpenReadOnly(warehouse);
        var seasons = ReportReader.Seasons(connection);
        if (seasons.Count == 0)
        {
            throw new ArgumentException($"数据仓库中没有带赛道的赛季 / the warehouse has no season with tracks: {warehouse}", nameof(warehouse));
        }

        if (season is not null && !seasons.Contains(season))
        {
            throw new ArgumentException(UnknownSeason(season, seasons), nameof(season));
        }

        season ??= seasons[0];
        var withheld = personalData ? PersonalData.None : new PersonalData(ReportReader.PersonalData(connection, season));
        var codes = ReportReader.Tracks(connection, season).Select(t => t.Code).ToList();
        if (track is not null && !codes.Contains(track))
        {
            throw new ArgumentException($"未知赛道 '{track}'，本赛季的赛道：{string.Join("、", codes)} / unknown track '{track}'; the season's tracks: {string.Join(", ", codes)}", nameof(track));
        }

        Directory.CreateDirectory(output);
        var version = ReportReader.Version(connection);
        var reports = (track is null ? codes : [track]).Select(code => ReportReader.Report(connection, season, code, withheld.Withhold)!).ToList();
        var written = new List<string>();
        string FileName(string code) => $"report-{code}.{language}.html";
        await using var renderer = new ReportRenderer();
        foreach (var report in reports)
        {
            var html = await renderer.TrackAsync(report, ReportReader.Residuals(connection, season, report.Track.Code), language).ConfigureAwait(false);
            written.Add(Save(Path.Combine(output, FileName(report.Track.Code)), html));
        }

        if (track is null)
        {
            var html = await renderer.DivisionAsync(season, reports, ReportReader.SeasonFindings(connection, season, withheld.Withhold), version, language, FileName).ConfigureAwait(false);
            written.Add(Save(Path.Combine(output, FileName("division")), html));
        }

        if (pdf)
        {
            // The PDFs carry the data's load time, not the printing clock: the same data gives the same bytes.
            var stamp = DateTimeOffset.TryParse(version.LoadedAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var loaded)
                ? loaded
                : DateTimeOffset.UnixEpoch;
            foreach (var html in written.ToList())
            {
                var file = Path.ChangeExtension(html, ".pdf");
                Chromium.PrintToPdf(html, file);
                PdfDates.Stamp(file, stamp);
                written.Add(file);
            }
        }

        return written;
    }

    /// <summary>The message for a season the warehouse does not hold, listing the seasons it does.</summary>
    /// <param name="season">The season asked for.</param>
    /// <param name="seasons">The warehouse's seasons.</param>
    /// <returns>A bilingual message.</returns>
    public static string UnknownSeason(string season, IReadOnlyList<string> seasons) =>
        $"未知赛季 '{season}'，数据仓库中的赛季：{string.Join("、", seasons)} / unknown season '{season}'; the warehouse's seasons: {string.Join(", ", seasons)}";

    private static string Save(string path, string html)
    {
        var aside = path + ".tmp";
        File.WriteAllText(aside, html, new UTF8Encoding(false));
        File.Move(aside, path, overwrite: true);
        return path;
    }
}
