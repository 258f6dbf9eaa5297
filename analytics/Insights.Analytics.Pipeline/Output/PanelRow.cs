namespace Insights.Analytics.Pipeline.Output;

/// <summary>One row of panels.csv: the reliability of one panel (评审组) of an analysis unit.</summary>
/// <param name="Season">Season.</param>
/// <param name="Stage">Stage (or <c>pooled</c>).</param>
/// <param name="Track">Track.</param>
/// <param name="Panel">Panel id.</param>
/// <param name="Judges">Judges who scored in the panel.</param>
/// <param name="Projects">Projects scored.</param>
/// <param name="Scores">Marks.</param>
/// <param name="Icc1">ICC(1,1) (Shrout and Fleiss; psych::ICC), on the project × judge matrix of criterion-averaged marks; on incomplete panels (the written review) from the REML variance components of the observed cells, as psych::ICC(lmer = TRUE).</param>
/// <param name="Icc2">ICC(2,1).</param>
/// <param name="Icc3">ICC(3,1).</param>
/// <param name="Icc1k">ICC(1,k) for the mean of <paramref name="KRaters"/> judges: psych's on complete panels; on incomplete ones the
/// reliability of the mean of the raters a project actually had, σp² / (σp² + (σj² + σ²) / k).</param>
/// <param name="Icc2k">ICC(2,k), k = <paramref name="KRaters"/>; on incomplete panels σp² / (σp² + (σj² + σ²) / k), equal to ICC(1,k).</param>
/// <param name="Icc3k">ICC(3,k), k = <paramref name="KRaters"/>; on incomplete panels σp² / (σp² + σ² / k).</param>
/// <param name="KendallW">Kendall's W with the tie correction (complete panels only).</param>
/// <param name="KrippendorffAlpha">Krippendorff's alpha, interval metric, missing cells allowed.</param>
/// <param name="ProjectVariance">REML variance of the project effect.</param>
/// <param name="JudgeVariance">REML variance of the judge effect.</param>
/// <param name="ResidualVariance">REML residual variance.</param>
/// <param name="KRaters">The k of the "k" ICCs: the panel's judges on a complete panel, the harmonic mean of the raters per
/// project on an incomplete one.</param>
public sealed record PanelRow(
    string Season,
    string Stage,
    string Track,
    string Panel,
    int Judges,
    int Projects,
    int Scores,
    double Icc1,
    double Icc2,
    double Icc3,
    double Icc1k,
    double Icc2k,
    double Icc3k,
    double KendallW,
    double KrippendorffAlpha,
    double ProjectVariance,
    double JudgeVariance,
    double ResidualVariance,
    double KRaters);
