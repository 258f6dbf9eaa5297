namespace Insights.Generator.Output;

/// <summary>A formula cell with the value Excel would have cached for it (formulas are never evaluated on reading).</summary>
/// <param name="Formula">The formula without the leading <c>=</c>, e.g. <c>AVERAGE(F2,J2)</c>.</param>
/// <param name="Cached">The cached value.</param>
public sealed record XlsxFormula(string Formula, double Cached);
