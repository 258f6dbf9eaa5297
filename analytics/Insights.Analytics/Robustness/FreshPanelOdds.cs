namespace Insights.Analytics.Robustness;

/// <summary>One project's chances before a fresh panel (<see cref="FreshPanel.Predict"/>).</summary>
/// <param name="Project">Zero-based project index.</param>
/// <param name="Tier">The tier the panel gave (0 = best), or −1 for no tier.</param>
/// <param name="ProbabilityKeepTier">Share of simulated fresh panels that give <paramref name="Tier"/> again.</param>
/// <param name="ProbabilityAwarded">Share of simulated fresh panels that give any tier.</param>
/// <param name="PosteriorMean">The project's shrunken level (the panel's centre plus B × its deviation).</param>
/// <param name="PosteriorSd">The SD of its level given the panel's marks.</param>
public sealed record FreshPanelOdds(int Project, int Tier, double ProbabilityKeepTier, double ProbabilityAwarded, double PosteriorMean, double PosteriorSd);
