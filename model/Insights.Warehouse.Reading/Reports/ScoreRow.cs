namespace Insights.Warehouse.Reading.Reports;

/// <summary>A mark of fact_score behind a finding.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="PanelId">The panel.</param>
/// <param name="JudgeId">The judge.</param>
/// <param name="JudgeName">The judge's name (organizers only).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="Criterion">The criterion.</param>
/// <param name="Score">The mark.</param>
/// <param name="MaxScore">The criterion's maximum.</param>
/// <param name="ScoredAt">When the mark was given.</param>
public sealed record ScoreRow(string Stage, string PanelId, string JudgeId, string JudgeName, string ProjectId, string Criterion, double Score, double? MaxScore, DateTime? ScoredAt)
{
    /// <summary>The criterion's name in Chinese (the rubric's; the code where the season has no rubric).</summary>
    public string? CriterionZh { get; init; }

    /// <summary>The criterion's name in English.</summary>
    public string? CriterionEn { get; init; }

    /// <summary>The criterion's name in a language, else its code.</summary>
    /// <param name="zh">Chinese.</param>
    /// <returns>The name.</returns>
    public string CriterionLabel(bool zh) => (zh ? CriterionZh : CriterionEn) ?? Criterion;
}
