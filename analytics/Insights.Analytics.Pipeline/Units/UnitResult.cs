using Insights.Analytics.Bias;
using Insights.Analytics.Linking;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;

namespace Insights.Analytics.Pipeline.Units;

/// <summary>What <see cref="UnitAnalysis"/> found in one unit; favouritism is flagged later, season-wide.</summary>
/// <param name="Key">The unit.</param>
/// <param name="Marks">Marks analysed.</param>
/// <param name="Judges">judges.csv rows (flags filled in by the season step).</param>
/// <param name="Panels">panels.csv rows.</param>
/// <param name="Projects">projects.csv rows.</param>
/// <param name="Findings">Findings of the unit.</param>
/// <param name="Favouritism">Favouritism estimates of the judges tested, for the season-wide Bonferroni.</param>
/// <param name="AffiliationBonus">The affiliation bonus pooled over the unit's judges, per criterion.</param>
/// <param name="JudgeIds">Judge ids by index (names for the favouritism findings).</param>
/// <param name="ScaleRange">Mean criterion scale range.</param>
/// <param name="StageScores">Per project: mean of its judges' weighted totals with its standard error (for linking).</param>
/// <param name="Model">How the unit was fitted (for summary.json).</param>
/// <param name="Warnings">What could not be computed and why.</param>
/// <param name="Margins">margins.csv rows: the award-margin certificates.</param>
/// <param name="Rasch">rasch.csv rows (none unless the rubric is ordinal and the Rasch model was fitted).</param>
/// <param name="SeverityCandidates">The judges' within-project severity tests, flagged at the season step under
/// Benjamini-Hochberg (lenient, harsh).</param>
/// <param name="JudgePanels">Per judge index, his panel when he sat on one panel of the unit, else empty.</param>
/// <param name="Award">The final roadshow's complete panel for the fresh-panel tier probabilities, pooled at the season step; null elsewhere.</param>
/// <param name="Power">power.csv rows the unit decides itself (drift: its Bonferroni family is the unit).</param>
public sealed record UnitResult(
    UnitKey Key,
    int Marks,
    IReadOnlyList<JudgeRow> Judges,
    IReadOnlyList<PanelRow> Panels,
    IReadOnlyList<ProjectRow> Projects,
    IReadOnlyList<FindingRow> Findings,
    IReadOnlyList<FavouritismEstimate> Favouritism,
    IReadOnlyList<CriterionBonus> AffiliationBonus,
    IReadOnlyList<string> JudgeIds,
    double ScaleRange,
    IReadOnlyList<StageScore> StageScores,
    UnitModel Model,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<MarginRow> Margins,
    IReadOnlyList<RaschRow> Rasch,
    IReadOnlyList<Anomalies.SeverityCandidate>? SeverityCandidates = null,
    IReadOnlyList<string>? JudgePanels = null,
    AwardPanel? Award = null,
    IReadOnlyList<PowerRow>? Power = null);
