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
}
