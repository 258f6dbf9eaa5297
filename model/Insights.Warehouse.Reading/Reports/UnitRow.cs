namespace Insights.Warehouse.Reading.Reports;

/// <summary>One stage of the track as the analyze job fitted it (summary JSON, "units").</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Judges">Judges.</param>
/// <param name="Projects">Projects.</param>
/// <param name="Marks">Marks.</param>
/// <param name="Components">Connected components of the judge-project graph (1 = connected).</param>
public sealed record UnitRow(string Stage, int Judges, int Projects, int Marks, int Components);
