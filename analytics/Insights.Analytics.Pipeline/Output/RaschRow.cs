namespace Insights.Analytics.Pipeline.Output;

/// <summary>
/// One row of rasch.csv: an element of a facet of the many-facet Rasch model of a unit with an ordinal rubric (a
/// project, judge or criterion), a facet's summary (<paramref name="Element"/> empty: separation, strata, reliability),
/// or a category threshold (facet <c>threshold</c>, element = the score of the category the step leads into).
/// </summary>
/// <param name="Season">Season.</param>
/// <param name="Stage">Stage (or <c>pooled</c>).</param>
/// <param name="Track">Track.</param>
/// <param name="Facet"><c>project</c>, <c>judge</c>, <c>criterion</c> or <c>threshold</c>.</param>
/// <param name="Element">Project, judge or criterion id; the category's score for a threshold; empty for the facet's summary.</param>
/// <param name="Ratings">Ratings of the element; of the category for a threshold; of the facet's non-extreme elements' ratings in a summary row (the unit's marks).</param>
/// <param name="ObservedAverage">Mean of the element's marks on the rubric's scale (NaN for thresholds and summaries).</param>
/// <param name="FairAverage">Fair-M average: the expected mark with the other facets at their mean measure.</param>
/// <param name="Measure">Logits: project ability, judge severity (positive = harsher), criterion difficulty, Andrich threshold F_k; the facet's mean in a summary row.</param>
/// <param name="StandardError">Model standard error of the measure; the facet's RMSE in a summary row.</param>
/// <param name="Infit">Infit mean-square (NaN for extreme elements, thresholds and summaries).</param>
/// <param name="InfitZStd">Infit standardized by the Wilson-Hilferty cube root.</param>
/// <param name="Outfit">Outfit mean-square.</param>
/// <param name="OutfitZStd">Outfit standardized by the Wilson-Hilferty cube root.</param>
/// <param name="Extreme">Whether every rating of the element was the lowest or every one the highest category (measured from an adjusted score).</param>
/// <param name="Separation">Summary rows: separation G = true SD / RMSE over the non-extreme elements.</param>
/// <param name="Strata">Summary rows: (4G + 1) / 3.</param>
/// <param name="Reliability">Summary rows: G² / (1 + G²).</param>
public sealed record RaschRow(
    string Season,
    string Stage,
    string Track,
    string Facet,
    string Element,
    int Ratings,
    double ObservedAverage,
    double FairAverage,
    double Measure,
    double StandardError,
    double Infit,
    double InfitZStd,
    double Outfit,
    double OutfitZStd,
    bool Extreme,
    double Separation,
    double Strata,
    double Reliability);
