namespace Insights.Analytics.Pipeline.Output;

/// <summary>One row of judges.csv: a judge in one analysis unit.</summary>
/// <param name="Season">Season.</param>
/// <param name="Stage">Stage (or <c>pooled</c>).</param>
/// <param name="Track">Track.</param>
/// <param name="Judge">Judge id.</param>
/// <param name="Scores">Marks given.</param>
/// <param name="Projects">Projects scored.</param>
/// <param name="MeanScore">Mean of the judge's marks (criterion points).</param>
/// <param name="Severity">Minus the judge's predicted random effect, in score points (positive = harsher); NaN without a fit.</param>
/// <param name="SeverityStandardError">Its conditional standard error.</param>
/// <param name="Infit">Infit mean-square: from the many-facet Rasch model on ordinal rubrics, else from the linear model's standardized residuals.</param>
/// <param name="Outfit">Outfit mean-square, likewise.</param>
/// <param name="Flags">The finding kinds that name this judge in this unit, ';'-separated in ordinal order.</param>
/// <param name="AnomalyScore">The judge's profile anomaly score in the unit (distance from a PCA model of the other
/// judges' profiles, docs/methods/anomaly-score.md); NaN when the unit is too small. Never a finding by itself.</param>
public sealed record JudgeRow(
    string Season,
    string Stage,
    string Track,
    string Judge,
    int Scores,
    int Projects,
    double MeanScore,
    double Severity,
    double SeverityStandardError,
    double Infit,
    double Outfit,
    string Flags,
    double AnomalyScore);
