namespace Insights.Analytics.Robustness;

/// <summary>
/// The stability of one project's award under resampling of the panel's judges.
/// </summary>
/// <param name="Project">Zero-based project index.</param>
/// <param name="Score">The final score from the panel as it sat (raw marks).</param>
/// <param name="Rank">One-based rank by <paramref name="Score"/> (ties by project index).</param>
/// <param name="Tier">The tier from the raw ranking (0 = best), or −1 for no tier.</param>
/// <param name="CalibratedTier">The tier after severity calibration (the score plus its judges' mean severity times
/// the weight they scored), or −1 for no tier; the panel's tier in a complete panel.</param>
/// <param name="ProbabilityKeepTier">Share of resamples in which the project gets <paramref name="Tier"/> again
/// (for a project without a tier: stays without one).</param>
/// <param name="ProbabilityAwarded">Share of resamples in which the project gets any tier.</param>
public sealed record ProjectAwardStability(
    int Project,
    double Score,
    int Rank,
    int Tier,
    int CalibratedTier,
    double ProbabilityKeepTier,
    double ProbabilityAwarded);
