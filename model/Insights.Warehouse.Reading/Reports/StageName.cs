namespace Insights.Warehouse.Reading.Reports;

/// <summary>A stage of a season as dim_stage names it.</summary>
/// <param name="Code">The stage code (preliminary_written, stage1, ...).</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
public sealed record StageName(string Code, string NameZh, string NameEn);
