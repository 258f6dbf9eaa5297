using Insights.Analytics.Robustness;

namespace Insights.Analytics.Pipeline.Units;

/// <summary>
/// A complete award panel as the fresh-panel model needs it (<see cref="FreshPanel"/>): every judge's weighted total
/// for every project, in percent of the rubric's total range so that panels of different rubrics pool, and the rule.
/// </summary>
/// <param name="Totals">Judges × projects (the unit's indices), percent of Σ weight × (max − min).</param>
/// <param name="Rule">The award rule of the unit.</param>
public sealed record AwardPanel(double[,] Totals, TierRule Rule);
