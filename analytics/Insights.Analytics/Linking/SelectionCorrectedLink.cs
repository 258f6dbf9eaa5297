namespace Insights.Analytics.Linking;

/// <summary>
/// The preliminary-final link of a track corrected for the selection of the finalists on the preliminary score
/// (<see cref="SelectionCorrection"/>).
/// </summary>
/// <param name="Finalists">Projects with both scores (n).</param>
/// <param name="Candidates">Projects with a preliminary score (the population the finalists were selected from).</param>
/// <param name="Pearson">Pearson's r of the finalists' preliminary and final scores (restricted range).</param>
/// <param name="Corrected">r corrected for direct selection on the preliminary score (Thorndike's case II); the
/// correlation the stages would show over every candidate if the final's regression on the preliminary holds there.</param>
/// <param name="RestrictionRatio">u = SD of the candidates' preliminary scores / SD of the finalists'.</param>
/// <param name="Intercept">Intercept of the finalists' final score on their preliminary score.</param>
/// <param name="Slope">Slope of that regression (unbiased under selection on the preliminary score).</param>
/// <param name="ResidualSd">Residual SD of that regression (n − 2 degrees of freedom).</param>
/// <param name="AwardCut">The final score of the lowest awarded finalist, the bar a newcomer had to clear.</param>
/// <param name="NearCut">The best non-finalists by preliminary score, with the probability that they would have
/// placed.</param>
public sealed record SelectionCorrectedLink(
    int Finalists,
    int Candidates,
    double Pearson,
    double Corrected,
    double RestrictionRatio,
    double Intercept,
    double Slope,
    double ResidualSd,
    double AwardCut,
    IReadOnlyList<NearCutProject> NearCut);
