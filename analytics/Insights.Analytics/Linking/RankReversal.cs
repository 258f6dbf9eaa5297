namespace Insights.Analytics.Linking;

/// <summary>
/// A pair of finalists whose order flips between the stages by more than measurement noise explains: the project
/// ahead in the preliminary is behind in the final, and both differences exceed z √(se_a² + se_b²) of their stage.
/// </summary>
/// <param name="AheadInPreliminary">The project with the higher preliminary score (a).</param>
/// <param name="AheadInFinal">The project with the higher final score (b).</param>
/// <param name="PreliminaryDifference">Preliminary score of a minus that of b (positive).</param>
/// <param name="FinalDifference">Final score of a minus that of b (negative).</param>
/// <param name="PreliminaryThreshold">z √(se_a² + se_b²) with the preliminary standard errors.</param>
/// <param name="FinalThreshold">z √(se_a² + se_b²) with the final standard errors.</param>
public sealed record RankReversal(
    string AheadInPreliminary,
    string AheadInFinal,
    double PreliminaryDifference,
    double FinalDifference,
    double PreliminaryThreshold,
    double FinalThreshold);
