namespace Insights.Generator.Season;

/// <summary>A planted scoring behaviour.</summary>
internal enum JudgeQuirk
{
    None,
    Lenient,
    Harsh,
    Central,
    Halo,
    Favouritism,
    Copier,
    Copied,

    /// <summary>Severity moving linearly over the judge's written-review sheets of the planted group (mean zero).</summary>
    Drift,
}
