using DuckDB.NET.Data;
using Insights.Warehouse.Reading.Analytics;

namespace Insights.Analytics.Pipeline.Reading;

/// <summary>
/// The seasons' stage plans and each track's project counts per stage, built from the rows of
/// <see cref="StagePlanReader"/> (which holds the SQL).
/// </summary>
public static class StagePlans
{
    /// <summary>The stage plans of a season (or all), keyed by (season, stage).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>The plans.</returns>
    public static Dictionary<(string Season, string Stage), StagePlan> Read(DuckDBConnection connection, string? season)
    {
        var tiers = new Dictionary<(string, string), List<TierSpec>>();
        foreach (var tier in StagePlanReader.AwardTiers(connection, season))
        {
            var key = (tier.Season, tier.Stage);
            if (!tiers.TryGetValue(key, out var list))
            {
                tiers[key] = list = [];
            }

            list.Add(new TierSpec(tier.Tier, tier.Order, tier.Track, tier.Count, tier.Share, tier.MinScore, tier.AtLeast));
        }

        var plans = new Dictionary<(string, string), StagePlan>();
        foreach (var stage in StagePlanReader.Stages(connection, season))
        {
            var key = (stage.Season, stage.Stage);
            plans[key] = new StagePlan(
                stage.Season, stage.Stage, stage.Order, stage.NameZh, stage.NameEn, stage.ScoreMethod == "trimmed_mean",
                stage.ScoreBasis == "standard", stage.AdvanceCount, stage.AdvanceShare, stage.Decides, stage.Source, tiers.GetValueOrDefault(key) ?? []);
        }

        return plans;
    }

    /// <summary>
    /// Per (season, stage, track): the projects the track has in the next stage that has scores, the stage's
    /// "finalists" (the notice's on-site review sends on as many as the final roadshow scores).
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>The counts.</returns>
    public static Dictionary<(string Season, string Stage, string Track), int> NextStageProjects(DuckDBConnection connection, string? season)
    {
        var counts = new Dictionary<(string, string, string), int>();
        foreach (var row in StagePlanReader.NextStageProjects(connection, season))
        {
            counts[(row.Season, row.Stage, row.Track)] = row.NextStageProjects ?? 0;
        }

        return counts;
    }

    /// <summary>
    /// The published awards per (season, stage, track): project id → tier code. An award without a stage belongs to
    /// the season's last deciding stage (the notice's award list names none: its awards are the final roadshow's).
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>The awards.</returns>
    public static Dictionary<(string Season, string Stage, string Track), Dictionary<string, string>> PublishedAwards(DuckDBConnection connection, string? season)
    {
        var awards = new Dictionary<(string, string, string), Dictionary<string, string>>();
        foreach (var award in StagePlanReader.PublishedAwards(connection, season))
        {
            var key = (award.Season, award.Stage, award.Track);
            if (!awards.TryGetValue(key, out var projects))
            {
                awards[key] = projects = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            projects[award.Project] = award.Tier;
        }

        return awards;
    }
}
