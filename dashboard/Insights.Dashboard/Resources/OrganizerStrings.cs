namespace Insights.Dashboard.Resources;

/// <summary>
/// The organizers' pages' texts: OrganizerStrings.resx in Chinese (the default), OrganizerStrings.en.resx in English;
/// read through <c>IStringLocalizer&lt;OrganizerStrings&gt;</c>.
/// </summary>
public sealed class OrganizerStrings;
