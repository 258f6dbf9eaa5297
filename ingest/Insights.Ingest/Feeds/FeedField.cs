using Insights.Ingest.Datasets;

namespace Insights.Ingest.Feeds;

/// <summary>
/// One column a feed reads. Its source header may be the name itself or any alias of the alias table
/// (<c>Feeds/header_aliases.csv</c>, documented in docs/ingest.md).
/// </summary>
/// <param name="Name">Canonical English name.</param>
/// <param name="Kind">How the text is parsed.</param>
/// <param name="Required">A file without this column is not of this feed; a row without a value is quarantined.</param>
public sealed record FeedField(string Name, ValueKind Kind, bool Required);
