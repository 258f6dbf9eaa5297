namespace Insights.Analytics.Reliability;

/// <summary>
/// The reliability of a project's mean over the raters it actually had, from the variance components of
/// <c>score ~ 1 + (1|project) + (1|judge)</c> (<see cref="IntraclassCorrelation.MeanOfRaters"/>): what the "k" ICCs
/// of an incomplete panel mean when every project is scored by its own few judges (Shrout and Fleiss's case 1).
/// </summary>
/// <param name="Raters">k, the number of raters averaged: for an incomplete panel the harmonic mean of the raters per
/// scored project, n / Σ 1/m_i, which makes σ²_e / k the average error variance of the project means.</param>
/// <param name="Icc1k">ICC(1,k) = σp² / (σp² + (σj² + σ²) / k): the one-way reliability of a mean of k raters drawn
/// per project, whose severities do not cancel between projects.</param>
/// <param name="Icc2k">ICC(2,k) = σp² / (σp² + (σj² + σ²) / k), absolute agreement: equal to <paramref name="Icc1k"/>
/// once the raters differ from project to project.</param>
/// <param name="Icc3k">ICC(3,k) = σp² / (σp² + σ² / k), consistency: the reliability of the k-rater mean once the raters'
/// severities are removed (as the fair scores do).</param>
public sealed record AverageMeasureIcc(double Raters, double Icc1k, double Icc2k, double Icc3k);
