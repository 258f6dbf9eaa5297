namespace Insights.Analytics.Rasch;

/// <summary>The elements of one facet and its separation statistics (over the non-extreme elements, FACETS style).</summary>
/// <param name="Name">"project", "judge" or "criterion".</param>
/// <param name="Elements">One entry per element, in index order.</param>
/// <param name="MeanMeasure">Mean measure of the non-extreme elements.</param>
/// <param name="ObservedSD">Population standard deviation of those measures.</param>
/// <param name="Rmse">Root mean square of their standard errors.</param>
/// <param name="TrueSD">sqrt(max(0, ObservedSD² - Rmse²)).</param>
/// <param name="Separation">G = TrueSD / Rmse.</param>
/// <param name="Reliability">G² / (1 + G²), the "separation reliability".</param>
/// <param name="Strata">(4G + 1) / 3, the number of statistically distinct levels.</param>
public sealed record RaschFacet(
    string Name,
    IReadOnlyList<RaschElement> Elements,
    double MeanMeasure,
    double ObservedSD,
    double Rmse,
    double TrueSD,
    double Separation,
    double Reliability,
    double Strata);
