namespace Insights.Dashboard.Resources;

/// <summary>
/// The public track page's texts: TrackStrings.resx in Chinese (the default), TrackStrings.en.resx in English; read
/// through <c>IStringLocalizer&lt;TrackStrings&gt;</c>.
/// </summary>
public sealed class TrackStrings;
