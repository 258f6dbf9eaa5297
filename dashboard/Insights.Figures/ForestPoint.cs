namespace Insights.Figures;

/// <summary>One row of a forest plot: an estimate and its interval.</summary>
/// <param name="Label">The row's label (a judge id).</param>
/// <param name="Estimate">The estimate.</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="Flagged">Drawn in red: a finding names it.</param>
public sealed record ForestPoint(string Label, double Estimate, double Lower, double Upper, bool Flagged);
