using Insights.Dashboard.Warehouse;
using Insights.Warehouse.Reading.Reports;

namespace Insights.Dashboard.Organizer;

/// <summary>
/// The organizers' reads, cached per warehouse version: the same <see cref="ReportReader"/> that writes the HTML files
/// and PDFs, so the page and the files cannot disagree. The callers check <see cref="Security.TrackScope"/> before they ask.
/// </summary>
public sealed class OrganizerQueries(WarehouseReader warehouse)
{
    /// <summary>The seasons with tracks, newest first.</summary>
    /// <returns>Season ids.</returns>
    public Task<IReadOnlyList<string>> SeasonsAsync() => warehouse.QueryAsync("organizer|seasons", ReportReader.Seasons);

    /// <summary>The season's tracks with their findings counted by source and level.</summary>
    /// <param name="season">The season.</param>
    /// <returns>One row per track, in the notice's order.</returns>
    public Task<IReadOnlyList<TrackSummary>> TracksAsync(string season) => warehouse.QueryAsync($"organizer|tracks|{season}", c => ReportReader.Tracks(c, season));

    /// <summary>One track's fairness report.</summary>
    /// <param name="season">The season.</param>
    /// <param name="track">The track code.</param>
    /// <returns>The report, or null when the track does not exist.</returns>
    public Task<TrackReport?> ReportAsync(string season, string track) => warehouse.QueryAsync($"organizer|report|{season}|{track}", c => ReportReader.Report(c, season, track));

    /// <summary>The residual matrices of the track's complete panels.</summary>
    /// <param name="season">The season.</param>
    /// <param name="track">The track code.</param>
    /// <returns>The matrices.</returns>
    public Task<IReadOnlyList<ResidualMatrix>> ResidualsAsync(string season, string track) =>
        warehouse.QueryAsync($"organizer|residuals|{season}|{track}", c => ReportReader.Residuals(c, season, track));

    /// <summary>A finding by its id.</summary>
    /// <param name="findingId">The finding id.</param>
    /// <returns>The finding, or null.</returns>
    public Task<FindingRow?> FindingAsync(string findingId) => warehouse.QueryAsync($"organizer|finding|{findingId}", c => ReportReader.Finding(c, findingId));

    /// <summary>The marks behind a finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The count and the first rows.</returns>
    public Task<FindingScores> ScoresAsync(FindingRow finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return warehouse.QueryAsync($"organizer|scores|{finding.FindingId}", c => ReportReader.Scores(c, finding));
    }
}
