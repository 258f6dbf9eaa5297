namespace Insights.Analytics.Robustness;

/// <summary>
/// The judges a competition draws its panels from, estimated from its complete panels (<see cref="FreshPanel.Estimate"/>):
/// how far a judge's level (severity) and his use of the scale (slope against the panel) vary between judges of one
/// panel, and the noise SDs its judges showed. All on the scale of the totals the panels were given in (for pooling
/// across tracks: percent of the rubric's total range).
/// </summary>
/// <param name="SeverityVariance">τ²: variance of a judge's level between the judges of one panel, net of noise.</param>
/// <param name="ScaleVariance">ω²: variance of a judge's slope against the panel's project means, net of noise.</param>
/// <param name="NoiseSds">Each judge's residual SD (after his level and slope), corrected for the panel mean's share of his own noise.</param>
/// <param name="Panels">Complete panels the estimate pools.</param>
public sealed record PanelPopulation(double SeverityVariance, double ScaleVariance, IReadOnlyList<double> NoiseSds, int Panels)
{
    /// <summary>The mean noise variance of the pool's judges.</summary>
    public double NoiseVariance => NoiseSds.Count == 0 ? double.NaN : NoiseSds.Average(s => s * s);
}
