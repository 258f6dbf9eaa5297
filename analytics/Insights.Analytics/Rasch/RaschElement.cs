namespace Insights.Analytics.Rasch;

/// <summary>The measure and fit of one element (one project, judge or criterion).</summary>
/// <param name="Index">Zero-based element index as given in the observations.</param>
/// <param name="Count">Number of ratings involving the element.</param>
/// <param name="ObservedScore">Sum of its ratings on the 0-based category scale.</param>
/// <param name="ExpectedScore">Sum of their model expectations at the final estimates.</param>
/// <param name="Measure">Logits: ability for projects, severity for judges, difficulty for criteria.</param>
/// <param name="StandardError">Model standard error 1 / sqrt(sum of model variances).</param>
/// <param name="Infit">Information-weighted mean-square: sum of squared residuals / sum of model variances.</param>
/// <param name="InfitZStd">Infit standardized by the Wilson-Hilferty cube-root transformation.</param>
/// <param name="Outfit">Unweighted mean-square: mean of squared standardized residuals.</param>
/// <param name="OutfitZStd">Outfit standardized by the Wilson-Hilferty cube-root transformation.</param>
/// <param name="Extreme">
/// True when every rating was the lowest or every rating the highest category: the measure then comes from the
/// adjusted score (see <see cref="RaschOptions.ExtremeScoreAdjustment"/>) and the fit statistics are NaN.
/// </param>
public sealed record RaschElement(
    int Index,
    int Count,
    double ObservedScore,
    double ExpectedScore,
    double Measure,
    double StandardError,
    double Infit,
    double InfitZStd,
    double Outfit,
    double OutfitZStd,
    bool Extreme);
