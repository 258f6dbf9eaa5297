namespace Insights.Warehouse.Reading.Analytics;

/// <summary>A judge's unit and city of a season (<c>dim_judge</c>).</summary>
/// <param name="Judge">Judge id.</param>
/// <param name="Unit">The judge's unit name, empty when none.</param>
/// <param name="City">The judge's city, empty when none.</param>
public sealed record JudgeAffiliationRow(string Judge, string Unit, string City);
