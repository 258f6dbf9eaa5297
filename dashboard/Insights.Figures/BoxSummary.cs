namespace Insights.Figures;

/// <summary>One row of a box plot: a distribution's five numbers and its mean.</summary>
/// <param name="Label">The row's label (a track code).</param>
/// <param name="Min">The smallest value (the left whisker's end).</param>
/// <param name="Q1">The lower quartile (the box's left edge).</param>
/// <param name="Median">The median (the line in the box).</param>
/// <param name="Q3">The upper quartile (the box's right edge).</param>
/// <param name="Max">The largest value (the right whisker's end).</param>
/// <param name="Mean">The mean (a white dot), or null.</param>
public sealed record BoxSummary(string Label, double Min, double Q1, double Median, double Q3, double Max, double? Mean);
