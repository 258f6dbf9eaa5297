namespace Insights.Dashboard.Resources;

/// <summary>
/// The data dictionary page's texts (headings, notes): DataStrings.resx in Chinese (the default), DataStrings.en.resx
/// in English; read through <c>IStringLocalizer&lt;DataStrings&gt;</c>. The tables' and columns' descriptions are not
/// here but in <see cref="Publishing.OpenDataCatalog"/>, shared with the published data/README.md.
/// </summary>
public sealed class DataStrings;
