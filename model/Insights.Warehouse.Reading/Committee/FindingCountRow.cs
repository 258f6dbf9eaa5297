namespace Insights.Warehouse.Reading.Committee;

/// <summary>Findings of a track, or of the division, of one kind and level (rpt_committee_findings).</summary>
/// <param name="Track">The track code, or null for the division.</param>
/// <param name="Kind">The analysis finding kind, or for a rule finding its rule id.</param>
/// <param name="Level">error or warning.</param>
/// <param name="Count">How many.</param>
/// <param name="NameZh">A rule finding's rule in the notice's words, or null (an analysis kind).</param>
/// <param name="NameEn">The rule in English, or null.</param>
public sealed record FindingCountRow(string? Track, string Kind, string Level, long Count, string? NameZh, string? NameEn);
