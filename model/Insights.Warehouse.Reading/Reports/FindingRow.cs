namespace Insights.Warehouse.Reading.Reports;

/// <summary>A finding of fact_finding: a rule of the notice (source "ingest") or a statistic of the analyze job (source "analytics").</summary>
/// <param name="FindingId">The finding's stable id.</param>
/// <param name="Source">"ingest" or "analytics".</param>
/// <param name="Kind">The analytics kind, or "rule".</param>
/// <param name="RuleId">The rule (R-...), for rule findings.</param>
/// <param name="Level">"error" or "warning".</param>
/// <param name="Season">The season.</param>
/// <param name="Track">The track, or null for season-wide findings.</param>
/// <param name="Stage">The stage, or null.</param>
/// <param name="JudgeId">The judge (or "A;B" for a pair), or null.</param>
/// <param name="ProjectId">The project (or "A;B" for a pair), or null.</param>
/// <param name="Statistic">The statistic, if any.</param>
/// <param name="PValue">The p-value, if any.</param>
/// <param name="MessageZh">The evidence in Chinese.</param>
/// <param name="MessageEn">The evidence in English.</param>
/// <param name="Criterion">The criterion the evidence names (an outlying mark's), if any.</param>
public sealed record FindingRow(
    string FindingId, string Source, string Kind, string? RuleId, string Level, string Season, string? Track, string? Stage,
    string? JudgeId, string? ProjectId, double? Statistic, double? PValue, string MessageZh, string MessageEn, string? Criterion = null)
{
    /// <summary>The kind as shown: the rule id for rule findings.</summary>
    public string What => RuleId ?? Kind;

    /// <summary>What was found in Chinese (ref_finding_kind's label of the rule or kind; the code where it has none).</summary>
    public string? WhatZh { get; init; }

    /// <summary>What was found in English.</summary>
    public string? WhatEn { get; init; }

    /// <summary>The criterion's name in Chinese (the rubric's), or null.</summary>
    public string? CriterionZh { get; init; }

    /// <summary>The criterion's name in English, or null.</summary>
    public string? CriterionEn { get; init; }

    /// <summary>What was found in a language: the warehouse's label, else the code.</summary>
    /// <param name="zh">Chinese.</param>
    /// <returns>The label.</returns>
    public string Label(bool zh) => (zh ? WhatZh : WhatEn) ?? What;

    /// <summary>The criterion the evidence names, in a language (the rubric's name, else the code), or null.</summary>
    /// <param name="zh">Chinese.</param>
    /// <returns>The name.</returns>
    public string? CriterionLabel(bool zh) => (zh ? CriterionZh : CriterionEn) ?? Criterion;

    /// <summary>Whether the finding is an error (a rule of the notice broken or a strong statistical signal).</summary>
    public bool IsError => Level == "error";

    /// <summary>Whether the finding concerns the link between stages: a judge on two panels, a judge-project graph in parts, a weak link, a rank reversal.</summary>
    public bool IsLinking => Kind is "panel_overlap" or "disconnected" or "weak_stage_link" or "rank_reversal" || RuleId is "R-PANEL-DISJOINT";

    /// <summary>Whether the finding concerns a conflict of interest: favouritism, entrants tied to organizers, judges on two panels.</summary>
    public bool IsConflict => Kind is "favoritism" or "favoritism_pooled" || RuleId is "R-PANEL-DISJOINT" || (RuleId?.StartsWith("R-ENTRANT-", StringComparison.Ordinal) ?? false);
}
