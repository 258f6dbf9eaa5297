namespace Insights.Warehouse.Reading.Analytics;

/// <summary>The rubric's names of one criterion of one stage (<c>ref_rubric</c>).</summary>
/// <param name="Stage">Stage label.</param>
/// <param name="Criterion">Criterion code.</param>
/// <param name="NameZh">Chinese name, empty when none.</param>
/// <param name="NameEn">English name, empty when none.</param>
public sealed record CriterionNameRow(string Stage, string Criterion, string NameZh, string NameEn);
