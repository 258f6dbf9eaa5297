namespace Insights.Analytics.Bias;

/// <summary>
/// The finding kinds reported by the bias detectors, as written in findings.
/// </summary>
public static class BiasKinds
{
    /// <summary>A judge who marks affiliated projects above the other judges (<see cref="Favouritism"/>).</summary>
    public const string Favoritism = "favoritism";

    /// <summary>A pair of judges whose marks agree far beyond the model (<see cref="Collusion"/>).</summary>
    public const string Collusion = "collusion";
}
