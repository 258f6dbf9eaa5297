using System.Globalization;

namespace Insights.Model.Reference;

/// <summary>A season of one division of the competition, e.g. <c>2024-JS</c> for the 2024 Jiangsu division.</summary>
/// <param name="Id">Season id: year, dash, province abbreviation.</param>
/// <param name="Year">Competition year.</param>
/// <param name="ProvinceCode">GB/T 2260 code of the division's province.</param>
/// <param name="ProvinceZh">Province name.</param>
/// <param name="DivisionZh">Division name, e.g. 江苏省分赛.</param>
/// <param name="DivisionEn">Division name in English.</param>
/// <param name="NameZh">Official name of the division's competition.</param>
/// <param name="NameEn">English name.</param>
/// <param name="ThemeZh">Theme (分赛主题).</param>
/// <param name="ThemeEn">Theme in English.</param>
/// <param name="TrackOfficialNameZh">Composite format of a track's official name (notice 六), <c>{0}</c> = track name.</param>
/// <param name="TrackOfficialNameEn">English counterpart of <paramref name="TrackOfficialNameZh"/>.</param>
/// <param name="Website">The division's official website.</param>
/// <param name="Timeline">Stage windows.</param>
/// <param name="AwardTiers">Awards given per track, highest first.</param>
public sealed record Season(
    string Id,
    int Year,
    string ProvinceCode,
    string ProvinceZh,
    string DivisionZh,
    string DivisionEn,
    string NameZh,
    string NameEn,
    string ThemeZh,
    string ThemeEn,
    string TrackOfficialNameZh,
    string TrackOfficialNameEn,
    string Website,
    SeasonTimeline Timeline,
    IReadOnlyList<AwardTier> AwardTiers)
{
    /// <summary>The track's official name, which the notice requires to be used complete (六).</summary>
    /// <param name="track">A track of this season.</param>
    public string OfficialNameZh(Track track) => string.Format(CultureInfo.InvariantCulture, TrackOfficialNameZh, track.NameZh);

    /// <summary>The track's official name in English.</summary>
    /// <param name="track">A track of this season.</param>
    public string OfficialNameEn(Track track) => string.Format(CultureInfo.InvariantCulture, TrackOfficialNameEn, track.NameEn);
}
