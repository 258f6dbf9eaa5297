namespace Insights.Model.Reference;

/// <summary>A prefecture-level city of the province, with its GB/T 2260 administrative division code.</summary>
/// <param name="Code">Six-digit division code, e.g. <c>320100</c>.</param>
/// <param name="NameZh">Name, e.g. 南京市.</param>
/// <param name="NameEn">English name.</param>
public sealed record City(string Code, string NameZh, string NameEn);
