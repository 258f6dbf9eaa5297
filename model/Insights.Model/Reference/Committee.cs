namespace Insights.Model.Reference;

/// <summary>A city's executive committee (执委会) that runs the tracks it hosts.</summary>
/// <param name="Code">Two-letter code, e.g. <c>NJ</c> for Nanjing.</param>
/// <param name="CityZh">City, e.g. 南京市.</param>
/// <param name="CityEn">City in English.</param>
/// <param name="NameZh">Committee name, e.g. 南京执委会.</param>
/// <param name="NameEn">Committee name in English.</param>
/// <param name="LeadUnitZh">The undertaking unit in overall charge (承办牵头单位).</param>
public sealed record Committee(string Code, string CityZh, string CityEn, string NameZh, string NameEn, string LeadUnitZh);
