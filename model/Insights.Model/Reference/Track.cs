namespace Insights.Model.Reference;

/// <summary>A track (赛道) of a season, hosted by one city's executive committee.</summary>
/// <param name="Code">Stable code, <c>T01</c>..<c>T12</c>.</param>
/// <param name="Number">The track's number in the notice's annex (赛道一 = 1).</param>
/// <param name="NameZh">Short Chinese name as in the notice, e.g. 工业制造.</param>
/// <param name="NameEn">English name.</param>
/// <param name="CommitteeCode">Code of the hosting executive committee (执委会).</param>
public sealed record Track(string Code, int Number, string NameZh, string NameEn, string CommitteeCode);
