using Insights.Analytics.Severity;

namespace Insights.Analytics.Drift;

/// <summary>
/// One score with the time it was given (the warehouse's <c>scored_at</c>).
/// </summary>
/// <param name="Rating">The score with dense zero-based judge, project and criterion indices.</param>
/// <param name="ScoredAt">When the mark was given; only differences between a judge's times are used, so all
/// times of a unit must be in the same clock (all UTC or all local).</param>
/// <param name="Block">The period the score belongs to when a unit spans several (the stage of a pooled unit): the
/// slope is then taken within blocks, so a judge's step between stages is not read as drift. 0 for one period.</param>
public readonly record struct DriftRating(SeverityRating Rating, DateTime ScoredAt, int Block = 0);
