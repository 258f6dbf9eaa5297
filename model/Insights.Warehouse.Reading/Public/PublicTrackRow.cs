namespace Insights.Warehouse.Reading.Public;

/// <summary>A notice track of a season as the pages name it (rpt_public_tracks).</summary>
/// <param name="Code">Track code (T01..T12).</param>
/// <param name="Number">The notice's number.</param>
/// <param name="NameZh">Name in Chinese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="OfficialNameZh">The official name in Chinese.</param>
/// <param name="OfficialNameEn">The official name in English.</param>
/// <param name="CommitteeCode">The hosting executive committee.</param>
/// <param name="CityZh">The committee's city in Chinese (empty when unknown).</param>
/// <param name="CityEn">The committee's city in English (empty when unknown).</param>
public sealed record PublicTrackRow(
    string Code, int Number, string NameZh, string NameEn, string OfficialNameZh, string OfficialNameEn, string CommitteeCode, string CityZh, string CityEn);
