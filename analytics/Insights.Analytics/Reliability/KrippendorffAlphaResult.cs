namespace Insights.Analytics.Reliability;

/// <summary>Krippendorff's alpha with the disagreements it compares.</summary>
/// <param name="Alpha">1 - D_o / D_e; 1 is perfect reliability, 0 agreement no better than chance. NaN when D_e is 0.</param>
/// <param name="ObservedDisagreement">D_o: mean squared difference between values of the same unit (pairs weighted by 1 / (m_u - 1)).</param>
/// <param name="ExpectedDisagreement">D_e: mean squared difference between any two pairable values, whatever their unit.</param>
/// <param name="PairableValues">n: number of values in units holding at least two values.</param>
/// <param name="PairableUnits">Number of units (projects) holding at least two values.</param>
public sealed record KrippendorffAlphaResult(
    double Alpha,
    double ObservedDisagreement,
    double ExpectedDisagreement,
    int PairableValues,
    int PairableUnits);
