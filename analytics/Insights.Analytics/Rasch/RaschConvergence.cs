namespace Insights.Analytics.Rasch;

/// <summary>How the JMLE iterations ended.</summary>
/// <param name="Converged">Both criteria of <see cref="RaschOptions"/> were met.</param>
/// <param name="Iterations">JMLE sweeps run.</param>
/// <param name="MaxChange">Largest change of a measure or threshold in the last sweep, in logits.</param>
/// <param name="MaxScoreResidual">Largest |observed - expected| score of an element in the last sweep.</param>
/// <param name="LogLikelihood">Joint log-likelihood of the non-extreme ratings at the final estimates.</param>
/// <param name="BiasCorrectionFactor">(L - 1) / L when the bias correction was applied, otherwise 1.</param>
public sealed record RaschConvergence(
    bool Converged,
    int Iterations,
    double MaxChange,
    double MaxScoreResidual,
    double LogLikelihood,
    double BiasCorrectionFactor);
