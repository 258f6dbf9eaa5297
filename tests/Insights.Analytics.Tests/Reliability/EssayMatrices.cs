namespace Insights.Analytics.Tests.Reliability;

/// <summary>Essay ratings: the style domain and the mean of the four domains (style, org, conv, sent_form).</summary>
internal sealed record EssayMatrices(double[,] Style, double[,] Mean4);
