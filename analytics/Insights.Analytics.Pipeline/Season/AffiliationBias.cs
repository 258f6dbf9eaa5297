namespace Insights.Analytics.Pipeline.Season;

/// <summary>
/// A season's systematic affiliation bonus on one criterion: how much higher judges mark the projects they share a
/// unit, city or group with than the other judges of those projects do, combined over the units by inverse variance.
/// </summary>
/// <param name="Season">Season.</param>
/// <param name="Criterion">Criterion code.</param>
/// <param name="Bonus">Bonus in score points (positive = affiliated projects marked higher).</param>
/// <param name="StandardError">Its standard error (units taken as independent).</param>
/// <param name="Lower">Lower 95 % limit.</param>
/// <param name="Upper">Upper 95 % limit.</param>
/// <param name="PValue">Two-sided normal p-value of Bonus / StandardError.</param>
/// <param name="Units">Units with affiliated pairs on the criterion.</param>
/// <param name="Judges">Judges with affiliated and unaffiliated projects, summed over the units.</param>
/// <param name="AffiliatedPairs">Affiliated (judge, project) pairs, summed over the units.</param>
public sealed record AffiliationBias(
    string Season,
    string Criterion,
    double Bonus,
    double StandardError,
    double Lower,
    double Upper,
    double PValue,
    int Units,
    int Judges,
    int AffiliatedPairs)
{
    /// <summary>The criterion's name in Chinese as the evidence writes it (the rubric's, else the code).</summary>
    public string NameZh { get; init; } = Criterion;

    /// <summary>The criterion's name in English as the evidence writes it.</summary>
    public string NameEn { get; init; } = Criterion;
}
