namespace Insights.Warehouse.Reading.Public;

/// <summary>A problem statement (赛题) of the reference data (rpt_public_problems).</summary>
/// <param name="Code">Its code, e.g. <c>T01-P01</c>.</param>
/// <param name="Track">Its track.</param>
/// <param name="TitleZh">Its title in Chinese.</param>
/// <param name="TitleEn">Its title in English (the Chinese one when the reference has none).</param>
public sealed record PublicProblemRow(string Code, string Track, string TitleZh, string TitleEn);
