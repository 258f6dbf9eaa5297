namespace Insights.Dashboard.Public;

/// <summary>A track of the season as the public pages name it.</summary>
/// <param name="Code">Track code (T01..T12).</param>
/// <param name="Number">The notice's number.</param>
/// <param name="NameZh">Name in Chinese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="OfficialNameZh">The official name: 2024年“数据要素×”大赛江苏省分赛（xx赛道）.</param>
/// <param name="OfficialNameEn">The official name in English.</param>
/// <param name="CommitteeCode">The hosting executive committee.</param>
/// <param name="CityZh">The committee's city in Chinese.</param>
/// <param name="CityEn">The committee's city in English.</param>
public sealed record TrackRow(
    string Code, int Number, string NameZh, string NameEn, string OfficialNameZh, string OfficialNameEn, string CommitteeCode, string CityZh, string CityEn);
