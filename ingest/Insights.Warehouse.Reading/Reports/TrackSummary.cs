namespace Insights.Warehouse.Reading.Reports;

/// <summary>A track on the organizers' overview with its findings counted by source and level.</summary>
/// <param name="Code">Track code.</param>
/// <param name="NameZh">Name in Chinese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="CommitteeCode">Hosting committee.</param>
/// <param name="RuleErrors">Rule findings at level error.</param>
/// <param name="RuleWarnings">Rule findings at level warning.</param>
/// <param name="AnalyticsErrors">Analytics findings at level error.</param>
/// <param name="AnalyticsWarnings">Analytics findings at level warning.</param>
public sealed record TrackSummary(string Code, string NameZh, string NameEn, string CommitteeCode, long RuleErrors, long RuleWarnings, long AnalyticsErrors, long AnalyticsWarnings)
{
    /// <summary>The track's code and name, or the code alone where outside data names its tracks by their labels only.</summary>
    /// <param name="zh">Chinese.</param>
    /// <returns>The label.</returns>
    public string Label(bool zh) => (zh ? NameZh : NameEn) is var name && name != Code ? $"{Code} {name}" : Code;
}
