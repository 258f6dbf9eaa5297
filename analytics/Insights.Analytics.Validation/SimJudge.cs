namespace Insights.Analytics.Validation;

/// <summary>A simulated judge: his city, severity (percent), scale-use factor and noise SD (percent).</summary>
internal sealed record SimJudge(string Id, string City, double Severity, double Spread, double NoiseSd);
