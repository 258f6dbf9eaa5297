namespace Insights.Dashboard.Resources;

/// <summary>
/// The pages' texts: Strings.resx in Chinese (the default), Strings.en.resx in English; read through
/// <c>IStringLocalizer&lt;Strings&gt;</c>.
/// </summary>
public sealed class Strings;
