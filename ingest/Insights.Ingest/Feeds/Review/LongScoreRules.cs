namespace Insights.Ingest.Feeds.Review;

/// <summary>
/// The one definition of how a row of the long score feed is read: its field indexes, and the reading rules in the
/// order a row meets them (the first problem is the one reported). <see cref="LongScoreFeed"/> walks
/// <see cref="Reading"/> and then <see cref="ScoreLanding.Checks"/>; the bulk path (<c>Bulk/BulkScoreSql</c>)
/// generates its SQL from the same two lists.
/// </summary>
public static class LongScoreRules
{
    /// <summary>Field indexes of <see cref="LongScoreFeed.Fields"/>.</summary>
    public const int Season = 0, Stage = 1, Track = 2, Panel = 3, Judge = 4, Project = 5, Criterion = 6, Score = 7,
        MinScore = 8, MaxScore = 9, ScoredAt = 10, JudgeGroup = 11, ProjectGroup = 12, Round = 13, StandardScore = 14;

    /// <summary>
    /// The reading rules, in order: required labels (the stage only when the file has a stage column), then the
    /// numbers and the time (a required number is missing before it is unreadable), then the round.
    /// </summary>
    public static IReadOnlyList<ScoreRule> Reading { get; } =
    [
        new(ScoreRuleKind.Required, Stage),
        new(ScoreRuleKind.Required, Track),
        new(ScoreRuleKind.Required, Panel),
        new(ScoreRuleKind.Required, Judge),
        new(ScoreRuleKind.Required, Project),
        new(ScoreRuleKind.Required, Criterion),
        new(ScoreRuleKind.Number, Score),
        new(ScoreRuleKind.Number, MinScore),
        new(ScoreRuleKind.Number, MaxScore),
        new(ScoreRuleKind.DateTime, ScoredAt),
        new(ScoreRuleKind.Number, StandardScore),
        new(ScoreRuleKind.Round, Round),
    ];

    /// <summary>The fields of the duplicate key after the checks (season, stage, track, panel, judge, project, criterion, round).</summary>
    public static IReadOnlyList<int> Key { get; } = [Season, Stage, Track, Panel, Judge, Project, Criterion, Round];
}
