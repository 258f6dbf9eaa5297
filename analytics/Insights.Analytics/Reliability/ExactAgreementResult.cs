namespace Insights.Analytics.Reliability;

/// <summary>The share of judge pairs on a project that gave the same score.</summary>
/// <param name="Rate">AgreeingPairs / Pairs.</param>
/// <param name="AgreeingPairs">Unordered pairs of judges scoring the same project whose scores agree.</param>
/// <param name="Pairs">Unordered pairs of judges who both scored the same project, summed over projects.</param>
public sealed record ExactAgreementResult(double Rate, long AgreeingPairs, long Pairs);
