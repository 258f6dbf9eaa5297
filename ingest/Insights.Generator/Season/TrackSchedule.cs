using Insights.Generator.Randomness;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>A track's on-site review, final roadshow and publicity dates, with the planted late ones.</summary>
internal static class TrackSchedule
{
    /// <summary>Dates the track's panels; draws from the track's panel stream after its panels are seated.</summary>
    /// <param name="context">The season.</param>
    /// <param name="track">The track.</param>
    /// <param name="panels">Its panels, which get their dates.</param>
    /// <param name="random">The track's stream <c>panels</c>.</param>
    /// <param name="planted">Where each planted date goes.</param>
    /// <param name="log">Receives the planted late dates.</param>
    public static void Plan(SeasonContext context, Track track, TrackPanels panels, DeterministicRandom random, PlantedTracks planted, PlantedLog log)
    {
        var (rules, calendar) = (context.Catalog.Rules, context.Calendar);
        var reviewDeadline = rules.PreliminaryReviewDeadline;
        var resultsDeadline = rules.FinalResultsDeadline;
        panels.OnsiteDate = planted.IsPlantedIn("late_review", track)
            ? reviewDeadline.AddDays(2)
            : calendar.OnsiteStart.AddDays(random.Next(SeasonCalendar.OnsiteDays));
        panels.FinalDate = calendar.FinalStart.AddDays(random.Next(calendar.FinalDays));
        // Publicity starts 2-4 days after the final; the final window ends early enough for the 7 days to be over by
        // the results deadline (docs/generator.md: publicity_end <= 2024-09-15), except in the planted track.
        panels.PublicityStart = planted.IsPlantedIn("late_results", track)
            ? resultsDeadline.AddDays(3)
            : panels.FinalDate.AddDays(random.Between(SeasonCalendar.MinPublicityDelay, SeasonCalendar.MaxPublicityDelay));
        if (planted.IsPlantedIn("late_review", track))
        {
            log.Add("late_preliminary_review", track.Code, "preliminary_onsite", "", "", "", RuleIds.PreliminaryDeadline,
                $"{track.NameZh}赛道初赛现场评审在{panels.OnsiteDate:yyyy-MM-dd}进行，晚于{reviewDeadline:yyyy-MM-dd}", $"track {track.Code} held its on-site preliminary review on {panels.OnsiteDate:yyyy-MM-dd}, after {reviewDeadline:yyyy-MM-dd}");
        }

        if (planted.IsPlantedIn("late_results", track))
        {
            var end = panels.PublicityStart.AddDays(rules.PublicityDays - 1);
            log.Add("late_results", track.Code, "final_roadshow", "", "", "", RuleIds.FinalResultsDeadline,
                $"{track.NameZh}赛道获奖名单公示期为{panels.PublicityStart:yyyy-MM-dd}至{end:yyyy-MM-dd}，未在{resultsDeadline:yyyy-MM-dd}前完成公示", $"track {track.Code} publicized its awards from {panels.PublicityStart:yyyy-MM-dd} to {end:yyyy-MM-dd}, not completed by {resultsDeadline:yyyy-MM-dd}");
        }
    }
}
