namespace Insights.Generator.Season;

/// <summary>One export file a step wrote, as the manifest lists it.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Format">csv, json or xlsx.</param>
/// <param name="Encoding">Text encoding; empty for XLSX.</param>
/// <param name="Rows">Data rows (records for JSON), header excluded.</param>
/// <param name="Description">What the file holds, in both languages.</param>
internal sealed record SeasonFile(string Path, string Format, string Encoding, long Rows, string Description);
