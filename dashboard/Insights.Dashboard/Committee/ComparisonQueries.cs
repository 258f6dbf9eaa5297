using Insights.Dashboard.Public;
using Insights.Dashboard.Warehouse;
using Insights.Warehouse.Reading.Committee;

namespace Insights.Dashboard.Committee;

/// <summary>
/// The committees' comparison: one track of a season beside the whole division, read from the warehouse's report views
/// (<see cref="CommitteeReports"/>, no SQL here), cached per warehouse version. The caller passes only tracks that
/// <see cref="Security.TrackScope"/> allows (see <see cref="TrackSelection"/>): this class reads whatever track it is given.
/// </summary>
/// <param name="warehouse">The warehouse.</param>
public sealed class ComparisonQueries(WarehouseReader warehouse)
{
    /// <summary>The comparison figures of one track and of the division.</summary>
    /// <param name="season">The season.</param>
    /// <param name="track">The track (already checked against the user's scope).</param>
    /// <param name="row">How the track is named (from the public track list).</param>
    /// <param name="division">How the division is named (its code empty).</param>
    /// <returns>The track's figures and the division's.</returns>
    public Task<(TrackComparison Track, TrackComparison Division)> TrackAsync(string season, string track, TrackRow row, TrackRow division)
    {
        ArgumentException.ThrowIfNullOrEmpty(season);
        ArgumentException.ThrowIfNullOrEmpty(track);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(division);
        return warehouse.QueryAsync($"committee|track|{season}|{track}|{division.NameZh}|{division.NameEn}", connection =>
        {
            var participation = CommitteeReports.Participation(connection, season, track);
            var scores = CommitteeReports.Scores(connection, season, track);
            var findings = CommitteeReports.Findings(connection, season, track);
            TrackComparison Of(string? code, TrackRow name)
            {
                var p = participation.FirstOrDefault(r => r.Track == code);
                var stages = ComparisonStages.All.Select(s => scores.FirstOrDefault(r => r.Stage == s && r.Track == code)).OfType<StageScoreRow>().ToList();
                return new TrackComparison(name, p?.Registered ?? 0, p?.Finalists ?? 0, p?.Awards ?? 0, stages, [.. findings.Where(f => f.Track == code)]);
            }

            return (Of(track, row), Of(null, division));
        });
    }
}
