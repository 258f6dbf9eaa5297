namespace Insights.Dashboard.Resources;

/// <summary>
/// The texts of the committees' comparison: CommitteeStrings.resx in Chinese (the default), CommitteeStrings.en.resx in
/// English; read through <c>IStringLocalizer&lt;CommitteeStrings&gt;</c>.
/// </summary>
public sealed class CommitteeStrings;
