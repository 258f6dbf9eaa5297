namespace Insights.Analytics.Rasch;

/// <summary>Settings of the joint maximum likelihood (JMLE) estimation of <see cref="ManyFacetRasch"/>.</summary>
public sealed record RaschOptions
{
    /// <summary>The defaults: 500 iterations, 1e-4 logits, 0.01 score points, 1-logit steps, 0.3 extreme adjustment, bias correction on.</summary>
    public static RaschOptions Default { get; } = new();

    /// <summary>Largest number of JMLE sweeps (one sweep updates every facet once).</summary>
    public int MaxIterations { get; init; } = 500;

    /// <summary>Converged when no measure or threshold moved by more than this many logits in a sweep...</summary>
    public double ConvergenceLogits { get; init; } = 1e-4;

    /// <summary>... and no element's observed minus expected score exceeds this many score points.</summary>
    public double ConvergenceScore { get; init; } = 0.01;

    /// <summary>Damping: a Newton-Raphson step is clipped to at most this many logits.</summary>
    public double MaxStep { get; init; } = 1.0;

    /// <summary>
    /// Extreme-score adjustment (FACETS "Xtreme=", default 0.3): an element whose every rating is the lowest (highest)
    /// category is measured, after the others have converged, as if it had scored this many score points more (less).
    /// </summary>
    public double ExtremeScoreAdjustment { get; init; } = 0.3;

    /// <summary>
    /// Applies the JMLE bias correction (L - 1) / L to judge severities, criterion difficulties and thresholds, L being
    /// the mean number of ratings per project, then re-estimates the project measures (as Winsteps STBIAS=Yes). On by
    /// default: uncorrected JMLE spreads judges, criteria and thresholds by about L / (L - 1), which on a panel of 5-7
    /// judges scoring one criterion is 15-25 % (set false for the raw JMLE estimates).
    /// </summary>
    public bool BiasCorrection { get; init; } = true;
}
