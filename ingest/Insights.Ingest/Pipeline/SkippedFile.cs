namespace Insights.Ingest.Pipeline;

/// <summary>An entry of a source folder the ingest does not read, and why (in Chinese and English).</summary>
/// <param name="Relative">Path relative to the source folder.</param>
/// <param name="ReasonZh">Why it is skipped, Chinese.</param>
/// <param name="ReasonEn">Why it is skipped, English.</param>
public sealed record SkippedFile(string Relative, string ReasonZh, string ReasonEn);
