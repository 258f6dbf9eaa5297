namespace Insights.Analytics.Linking;

/// <summary>A non-finalist just below the finalist cut and what the final would likely have given it.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Preliminary">Its preliminary score.</param>
/// <param name="PredictedFinal">Its predicted final score from the finalists' regression.</param>
/// <param name="PredictionSd">The SD of that prediction (residual and estimation error).</param>
/// <param name="ProbabilityPlaced">P(its final score would have cleared the award cut), Student's t with n − 2
/// degrees of freedom.</param>
public sealed record NearCutProject(string ProjectId, double Preliminary, double PredictedFinal, double PredictionSd, double ProbabilityPlaced);
