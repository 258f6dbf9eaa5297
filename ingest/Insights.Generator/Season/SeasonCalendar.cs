using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// The dates of a generated season, derived from the season's reference data (the timeline in season.json and the
/// deadlines in rules.csv) so that any season year works. The offsets are assumptions: the notice fixes only the
/// stage months, the preliminary review deadline, the results deadline and the publicity period.
/// </summary>
internal sealed class SeasonCalendar
{
    /// <summary>Days from the start of the preliminary stage to the opening of registration (launch ceremony first).</summary>
    public const int RegistrationOpensAfterStageStart = 4;

    /// <summary>Days from the registration deadline to the preliminary review deadline (2024: 7-31 → 8-25).</summary>
    public const int RegistrationDeadlineBeforeReviewDeadline = 25;

    /// <summary>Days after the registration deadline that teams may still submit their project.</summary>
    public const int SubmissionDaysAfterRegistration = 5;

    /// <summary>Days of the on-site review window, which ends the day before the preliminary review deadline.</summary>
    public const int OnsiteDays = 7;

    /// <summary>Days from the preliminary review deadline to the first final roadshow.</summary>
    public const int FinalsAfterReviewDeadline = 3;

    /// <summary>Days from a track's final roadshow to the start of its publicity: 2, 3 or 4.</summary>
    public const int MinPublicityDelay = 2, MaxPublicityDelay = 4;

    public SeasonCalendar(ReferenceCatalog catalog)
    {
        var rules = catalog.Rules;
        RegistrationOpens = catalog.Season.Timeline.PreliminaryStart.AddDays(RegistrationOpensAfterStageStart).ToDateTime(new TimeOnly(8, 0));
        RegistrationDeadline = rules.PreliminaryReviewDeadline.AddDays(-RegistrationDeadlineBeforeReviewDeadline);
        RegistrationCloses = RegistrationDeadline.ToDateTime(new TimeOnly(18, 0));
        SubmissionCloses = RegistrationDeadline.AddDays(SubmissionDaysAfterRegistration).ToDateTime(new TimeOnly(23, 0));
        OnsiteStart = rules.PreliminaryReviewDeadline.AddDays(-OnsiteDays);
        WrittenReviewStart = DateOnly.FromDateTime(SubmissionCloses).AddDays(1);
        WrittenReviewDays = OnsiteStart.DayNumber - WrittenReviewStart.DayNumber;
        FinalStart = rules.PreliminaryReviewDeadline.AddDays(FinalsAfterReviewDeadline);
        // The 7-day publicity must be over by the results deadline: the latest start is deadline − 6 days.
        LatestPublicityStart = rules.FinalResultsDeadline.AddDays(-(rules.PublicityDays - 1));
        FinalDays = LatestPublicityStart.AddDays(-MaxPublicityDelay).DayNumber - FinalStart.DayNumber + 1;
        if (RegistrationCloses <= RegistrationOpens || WrittenReviewDays < 1 || FinalDays < 1)
        {
            throw new ReferenceDataException("season.json", null, "timeline",
                $"赛季 {catalog.Season.Id} 的时间线与规则截止日期无法排出报名、评审和公示日程",
                $"season {catalog.Season.Id}: its timeline and rule deadlines leave no room for registration, reviews and publicity");
        }
    }

    /// <summary>First registration (08:00, 2024-06-05).</summary>
    public DateTime RegistrationOpens { get; }

    /// <summary>Last day of registration (2024-07-31); the notice leaves it to the website.</summary>
    public DateOnly RegistrationDeadline { get; }

    /// <summary>Registration closes at 18:00 on the deadline.</summary>
    public DateTime RegistrationCloses { get; }

    /// <summary>Last moment to submit a project (2024-08-05 23:00).</summary>
    public DateTime SubmissionCloses { get; }

    /// <summary>First day of the written review, the day after submissions close (2024-08-06).</summary>
    public DateOnly WrittenReviewStart { get; }

    /// <summary>Days of the written review window, up to the day before the on-site window (12: 08-06 to 08-17).</summary>
    public int WrittenReviewDays { get; }

    /// <summary>First day of the on-site review window (2024-08-18; the window ends 08-24).</summary>
    public DateOnly OnsiteStart { get; }

    /// <summary>First day of the final roadshows (2024-08-28).</summary>
    public DateOnly FinalStart { get; }

    /// <summary>Days of the final-roadshow window (9: 08-28 to 09-05).</summary>
    public int FinalDays { get; }

    /// <summary>Latest publicity start that ends the 7-day period by the results deadline (2024-09-09).</summary>
    public DateOnly LatestPublicityStart { get; }
}
