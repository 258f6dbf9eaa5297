namespace Insights.Analytics.Validation;

/// <summary>A simulated project: its city and true level (quality and per-criterion profile, in percent).</summary>
internal sealed record SimProject(string Id, string City, double Quality, double[] Profile);
