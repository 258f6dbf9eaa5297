namespace Insights.Generator;

/// <summary>One export file a generation run wrote.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Rows">Data rows (records for JSON), header excluded.</param>
public sealed record GeneratedFile(string Path, long Rows);
