namespace Insights.Ingest.Feeds.Review;

/// <summary>
/// What a score rule checks. The rules of a score feed are listed once, in the order a row meets them
/// (<see cref="LongScoreRules"/>, <see cref="ScoreLanding.Checks"/>): the row-by-row landing walks that list, and the
/// bulk path generates its SQL from the same list, so the first problem of a row is the same on both paths.
/// </summary>
public enum ScoreRuleKind
{
    /// <summary>A required text field is empty (after trimming).</summary>
    Required,

    /// <summary>A number field, when present (or required), is a finite number.</summary>
    Number,

    /// <summary>A date-time field, when present, is a recognised date and time.</summary>
    DateTime,

    /// <summary>A round field, when present, is 0, 1, 2, ... or a round word (复议).</summary>
    Round,

    /// <summary>The stage names a stage of the season's reference data (reference seasons only).</summary>
    Stage,

    /// <summary>The track names a track of the season (reference seasons only).</summary>
    Track,

    /// <summary>The criterion is on the stage's rubric (reference seasons only).</summary>
    Criterion,

    /// <summary>The mark lies on the rubric's (or the row's own) scale.</summary>
    Scale,

    /// <summary>The project is registered in the season, when the season has registrations.</summary>
    KnownProject,

    /// <summary>The judge is on the season's judge list, when the season has one.</summary>
    KnownJudge,

    /// <summary>The row's key has not appeared earlier in the file.</summary>
    DuplicateKey,
}
