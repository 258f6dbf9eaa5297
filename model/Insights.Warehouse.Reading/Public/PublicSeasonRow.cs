namespace Insights.Warehouse.Reading.Public;

/// <summary>A season the public pages offer (rpt_public_seasons).</summary>
/// <param name="Season">The season id.</param>
/// <param name="NameZh">Its name in Chinese.</param>
/// <param name="NameEn">Its name in English.</param>
public sealed record PublicSeasonRow(string Season, string NameZh, string NameEn);
