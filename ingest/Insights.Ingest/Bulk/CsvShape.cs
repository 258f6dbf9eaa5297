namespace Insights.Ingest.Bulk;

/// <summary>
/// What one read of a CSV file found: its SHA-256, and whether every data line is a plain record the bulk path
/// reads exactly as the row-by-row reader does (one record per line, the header's number of fields, no quote, no
/// control or undecodable character, no blank line, no over-long line). When not, <see cref="WhyNotEn"/> says why
/// and the file takes the row-by-row path.
/// </summary>
/// <param name="Sha256">SHA-256 of the file, lower-case hex.</param>
/// <param name="DataLines">Data lines after the header (every one a record when <see cref="IsPlain"/>).</param>
/// <param name="IsPlain">Whether the bulk path may read the file.</param>
/// <param name="WhyNotZh">Why not, in Chinese (the first reason found), or null.</param>
/// <param name="WhyNotEn">Why not, in English, or null.</param>
/// <param name="Line">The line of that reason, or 0.</param>
public sealed record CsvShape(string Sha256, long DataLines, bool IsPlain, string? WhyNotZh, string? WhyNotEn, long Line);
