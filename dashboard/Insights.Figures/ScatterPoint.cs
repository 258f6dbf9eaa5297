namespace Insights.Figures;

/// <summary>One point of a labelled scatter plot.</summary>
/// <param name="Label">The point's label (a project id).</param>
/// <param name="X">Horizontal value.</param>
/// <param name="Y">Vertical value.</param>
public sealed record ScatterPoint(string Label, double X, double Y);
