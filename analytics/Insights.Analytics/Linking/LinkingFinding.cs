namespace Insights.Analytics.Linking;

/// <summary>A finding of the linking analyses, shaped after the warehouse's fact_finding row (source <c>analytics</c>).</summary>
/// <param name="Kind">One of <see cref="LinkingFindingKinds"/>.</param>
/// <param name="Level"><c>error</c> (a breach of the notice) or <c>warning</c> (a limit of the analysis).</param>
/// <param name="TrackCode">The track, when known.</param>
/// <param name="Stage">The stage, when the finding is about one stage.</param>
/// <param name="JudgeId">The judge, when the finding is about one judge.</param>
/// <param name="Statistic">The number behind the finding (components, common projects), when there is one.</param>
/// <param name="MessageZh">The finding in Chinese.</param>
/// <param name="MessageEn">The finding in English.</param>
public sealed record LinkingFinding(
    string Kind,
    string Level,
    string? TrackCode,
    string? Stage,
    string? JudgeId,
    double? Statistic,
    string MessageZh,
    string MessageEn);
