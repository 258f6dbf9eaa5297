namespace Insights.Ingest.Converters;

/// <summary>What a converter read, wrote and left out.</summary>
/// <param name="RowsRead">Data rows read from the source's score file (judge-scores.csv rows, writing.csv rows).</param>
/// <param name="RowsWritten">Score rows written to the long score CSV.</param>
/// <param name="Skipped">Scores of the source that were not written; each reason is counted in <paramref name="Notes"/>.</param>
/// <param name="Notes">Bilingual notes: every reason for a skip with its count and examples, and facts worth knowing about the mapping.</param>
public sealed record ConversionSummary(long RowsRead, long RowsWritten, long Skipped, IReadOnlyList<string> Notes);
