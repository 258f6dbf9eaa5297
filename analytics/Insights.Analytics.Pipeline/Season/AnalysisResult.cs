using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Units;

namespace Insights.Analytics.Pipeline.Season;

/// <summary>Everything an analysis produced, in the stable order the files are written in.</summary>
/// <param name="Options">What was asked.</param>
/// <param name="Seasons">Seasons analysed.</param>
/// <param name="Judges">judges.csv rows.</param>
/// <param name="Panels">panels.csv rows.</param>
/// <param name="Projects">projects.csv rows.</param>
/// <param name="Findings">findings.csv rows.</param>
/// <param name="Units">Per-unit model settings and convergence.</param>
/// <param name="Links">Stage linking per track.</param>
/// <param name="AffiliationBiases">The season-wide affiliation bonus per criterion.</param>
/// <param name="FavouritismTests">Judges tested for favouritism (the Benjamini-Hochberg families of all seasons together).</param>
/// <param name="FavouritismPermutations">Permutations per tested judge.</param>
/// <param name="Warnings">What could not be computed and why.</param>
/// <param name="Margins">margins.csv rows.</param>
/// <param name="Rasch">rasch.csv rows: the many-facet Rasch measures of the units with an ordinal rubric.</param>
public sealed record AnalysisResult(
    AnalyzeOptions Options,
    IReadOnlyList<string> Seasons,
    IReadOnlyList<JudgeRow> Judges,
    IReadOnlyList<PanelRow> Panels,
    IReadOnlyList<ProjectRow> Projects,
    IReadOnlyList<FindingRow> Findings,
    IReadOnlyList<UnitModel> Units,
    IReadOnlyList<TrackLink> Links,
    IReadOnlyList<AffiliationBias> AffiliationBiases,
    int FavouritismTests,
    int FavouritismPermutations,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<MarginRow> Margins,
    IReadOnlyList<RaschRow> Rasch)
{
    /// <summary>power.csv rows: per judge and test, flagged, clean or untestable with the minimum detectable effect.</summary>
    public IReadOnlyList<PowerRow> Power { get; init; } = [];

    /// <summary>Per season, the fresh-panel judge population pooled over its final roadshows (or why there is none).</summary>
    public IReadOnlyList<string> FreshPanelNotes { get; init; } = [];
}
