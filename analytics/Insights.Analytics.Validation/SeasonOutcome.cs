using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Season;

namespace Insights.Analytics.Validation;

/// <summary>What the analyze job said about one simulated season.</summary>
/// <param name="Season">The simulated season and its truth.</param>
/// <param name="Scale">Its plant scale (0: null).</param>
/// <param name="Findings">Every finding of the season.</param>
/// <param name="AffiliationBiases">The season-wide affiliation bonuses (their intervals are checked for coverage).</param>
/// <param name="Power">power.csv's rows of the season (each judge's status per test: flagged, clean or untestable).</param>
public sealed record SeasonOutcome(SimulatedSeason Season, double Scale, IReadOnlyList<FindingRow> Findings, IReadOnlyList<AffiliationBias> AffiliationBiases, IReadOnlyList<PowerRow> Power);
