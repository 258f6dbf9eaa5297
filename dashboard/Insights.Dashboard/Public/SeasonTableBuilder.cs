using Insights.Dashboard.Suppression;

namespace Insights.Dashboard.Public;

/// <summary>
/// Builds a season's public tables: the participation counts laid out as one linked set (<see cref="SeasonCounts"/>)
/// and suppressed together (<see cref="LinkedSuppression"/>), and the award counts, which are public by the notice
/// (the award list is announced during the publicity period, with each awarded project's track and tier) and so
/// shown in full.
/// </summary>
internal static class SeasonTableBuilder
{
    /// <summary>The award tiers, in the order the tables list them.</summary>
    public static IReadOnlyList<string> Tiers { get; } = ["first", "second", "third", "single"];

    /// <summary>Builds the tables.</summary>
    /// <param name="season">The season.</param>
    /// <param name="name">The season's name in Chinese and English.</param>
    /// <param name="tracks">The season's tracks.</param>
    /// <param name="data">The season's records.</param>
    /// <param name="k">The suppression threshold.</param>
    /// <returns>The tables.</returns>
    public static SeasonTables Build(string season, (string Zh, string En) name, IReadOnlyList<TrackRow> tracks, SeasonMicrodata data, int k)
    {
        var codes = tracks.Select(t => t.Code).ToList();
        var counts = SeasonCounts.Build(codes, data, [.. PublicLabels.Cities(season).Select(c => c.NameZh)]);
        var hidden = LinkedSuppression.Suppress(counts.Model, k, out var summary);
        CountTable Table(TableLayout layout) => layout.Table(counts.Model, hidden);

        var awards = new long[codes.Count, Tiers.Count];
        foreach (var award in data.Awards)
        {
            var (t, tier) = (codes.IndexOf(award.Track), Tiers.ToList().IndexOf(award.Tier));
            if (t >= 0 && tier >= 0)
            {
                awards[t, tier]++;
            }
        }

        var statistics = new PublicStatistics(season, name.Zh, name.En, tracks, Table(counts.ByTrack), Table(counts.ByProblem), Table(counts.ByCity),
            Table(counts.ByUnitType), Table(counts.ByWeek), CountTable.Public(codes, Tiers, awards), k)
        {
            ProblemTitles = data.Problems.ToDictionary(p => p.Label, p => (p.TitleZh, p.TitleEn), StringComparer.Ordinal),
            // Public by the notice and shown in full; a project with no registered name is listed by neither id nor name.
            AwardedProjects = [.. data.Awards.Where(a => codes.Contains(a.Track) && Tiers.Contains(a.Tier))
                .OrderBy(a => codes.IndexOf(a.Track)).ThenBy(a => Tiers.ToList().IndexOf(a.Tier)).ThenBy(a => a.ProjectName, StringComparer.Ordinal)
                .Select(a => new AwardedProject(a.Track, a.Tier, a.ProjectName ?? ""))],
        };
        var trackTables = new Dictionary<string, TrackStatistics>(StringComparer.Ordinal);
        for (var t = 0; t < codes.Count; t++)
        {
            var (byProblem, byCity, byType) = counts.Tracks[codes[t]];
            var titles = data.Problems.Where(p => p.Track == codes[t]).ToDictionary(p => p.Label, p => (p.TitleZh, p.TitleEn), StringComparer.Ordinal);
            var tierCounts = new long[Tiers.Count, 1];
            for (var i = 0; i < Tiers.Count; i++)
            {
                tierCounts[i, 0] = awards[t, i];
            }

            trackTables[codes[t]] = new TrackStatistics(season, tracks[t], titles, Table(byProblem), Table(byCity), Table(byType),
                CountTable.Public(Tiers, ["awards"], tierCounts), k);
        }

        return new SeasonTables(statistics, trackTables, summary);
    }
}
