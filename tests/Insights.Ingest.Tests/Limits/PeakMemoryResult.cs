using Insights.Ingest.Pipeline;

namespace Insights.Ingest.Tests.Limits;

/// <summary>What the child process of <see cref="PeakMemoryTests"/> reports.</summary>
public sealed record PeakMemoryResult(long PeakBytes, FileOutcome[] Files);
