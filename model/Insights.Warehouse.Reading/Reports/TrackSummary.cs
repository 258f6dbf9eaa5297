namespace Insights.Warehouse.Reading.Reports;

/// <summary>A track on the organizers' overview with its findings counted by source and level.</summary>
/// <param name="Code">Track code.</param>
/// <param name="NameZh">Name in Chinese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="CommitteeCode">Hosting committee's code (empty for outside data).</param>
/// <param name="CommitteeZh">Hosting committee's name in Chinese (empty for outside data).</param>
/// <param name="CommitteeEn">Hosting committee's name in English.</param>
/// <param name="RuleErrors">Rule findings at level error.</param>
/// <param name="RuleWarnings">Rule findings at level warning.</param>
/// <param name="AnalyticsErrors">Analytics findings at level error.</param>
/// <param name="AnalyticsWarnings">Analytics findings at level warning.</param>
public sealed record TrackSummary(string Code, string NameZh, string NameEn, string CommitteeCode, string CommitteeZh, string CommitteeEn, long RuleErrors, long RuleWarnings, long AnalyticsErrors, long AnalyticsWarnings)
{
    /// <summary>The track's code and name, or the code alone where outside data names its tracks by their labels only.</summary>
    /// <param name="zh">Chinese.</param>
    /// <returns>The label.</returns>
    public string Label(bool zh) => LabelOf(zh);

    /// <summary>The hosting committee's name in the language, or empty.</summary>
    /// <param name="zh">Chinese.</param>
    /// <returns>The name.</returns>
    public string Committee(bool zh) => zh ? CommitteeZh : CommitteeEn;

    private string LabelOf(bool zh) => (zh ? NameZh : NameEn) is var name && name != Code ? $"{Code} {name}" : Code;
}
