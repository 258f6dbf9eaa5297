using System.Globalization;

namespace Insights.Dashboard.Organizer;

/// <summary>Turns a <see cref="TrackReport"/> into its tables, formatted once for the page, the CSV and the HTML export.</summary>
public static class ReportTables
{
    /// <summary>The table names, in the report's order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["findings", "judges", "panels", "connectivity", "linking", "stage-link", "finalists", "conflicts", "unstable", "decisions", "reconsideration"];

    /// <summary>Every table of the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="label">Translates a code (stage, level, source) to the reader's language.</param>
    /// <param name="zh">Whether evidence is shown in Chinese.</param>
    /// <returns>The tables by name.</returns>
    public static IReadOnlyDictionary<string, ReportTable> Build(TrackReport report, Func<string, string> label, bool zh)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(label);
        string[] findingColumns = ["level", "source", "kind", "stage", "judge", "project", "statistic", "p_value", "evidence", "finding_id"];
        IReadOnlyList<string> Finding(FindingRow f) =>
            [label(f.Level), label(f.Source), f.What, Opt(f.Stage, label), f.JudgeId ?? "", f.ProjectId ?? "", F(f.Statistic, "0.###"), F(f.PValue, "0.####"),
             zh ? f.MessageZh : f.MessageEn, f.FindingId];
        var tables = new ReportTable[]
        {
            new("findings", findingColumns, [.. report.Findings.Select(Finding)], "finding_id"),
            new("judges", ["stage", "judge", "scores", "projects", "mean_score", "severity", "lower95", "upper95", "infit", "outfit", "anomaly_score", "flags"],
                [.. report.Judges.Select(j => (IReadOnlyList<string>)[label(j.Stage), j.JudgeId, I(j.Scores), I(j.Projects), F(j.MeanScore, "0.00"), F(j.Severity, "0.00"),
                    F(j.Lower, "0.00"), F(j.Upper, "0.00"), F(j.Infit, "0.00"), F(j.Outfit, "0.00"), F(j.AnomalyScore, "0.00"), j.Flags])]),
            new("panels", ["stage", "panel", "judges", "projects", "scores", "icc1", "icc2", "icc3", "icc1k", "icc2k", "icc3k", "kendall_w", "kripp_alpha"],
                [.. report.Panels.Select(p => (IReadOnlyList<string>)[label(p.Stage), p.PanelId, I(p.Judges), I(p.Projects), I(p.Scores), F(p.Icc1, "0.000"),
                    F(p.Icc2, "0.000"), F(p.Icc3, "0.000"), F(p.Icc1k, "0.000"), F(p.Icc2k, "0.000"), F(p.Icc3k, "0.000"), F(p.KendallW, "0.000"), F(p.KrippAlpha, "0.000")])]),
            new("connectivity", ["stage", "judges", "projects", "marks", "components"],
                [.. report.Units.Select(u => (IReadOnlyList<string>)[label(u.Stage), I(u.Judges), I(u.Projects), I(u.Marks), I(u.Components)])]),
            new("linking", findingColumns, [.. report.Findings.Where(f => f.IsLinking).Select(Finding)], "finding_id"),
            new("stage-link", ["preliminary_stage", "common_projects", "judges_on_both", "spearman", "spearman_p", "rank_reversals", "pairs_compared"],
                report.Link is { } l
                    ? [[label(l.PreliminaryStage), I(l.CommonProjects), string.Join(';', l.JudgesOnBoth), F(l.Spearman, "0.000"), F(l.SpearmanP, "0.####"),
                        I(l.RankReversals), I(l.PairsCompared)]]
                    : []),
            new("finalists", ["project", "preliminary", "preliminary_rank", "final", "final_rank", "p_award_tier", "p_tier_fresh"],
                [.. report.Finalists.Select(f => (IReadOnlyList<string>)[f.ProjectId, F(f.Preliminary, "0.00"), I(f.PreliminaryRank), F(f.Final, "0.00"),
                    I(f.FinalRank), F(f.PAwardTier, "0.000"), F(f.PTierFresh, "0.000")])]),
            new("conflicts", findingColumns, [.. report.Findings.Where(f => f.IsConflict).Select(Finding)], "finding_id"),
            new("unstable", ["stage", "project", "raw_mean", "rank_raw", "p_award_tier", "p_tier_fresh"],
                [.. report.Unstable.Select(u => (IReadOnlyList<string>)[label(u.Stage), u.ProjectId, F(u.RawMean, "0.00"), I(u.RankRaw), F(u.PAwardTier, "0.000"), F(u.PTierFresh, "0.000")])]),
            new("decisions", ["stage", "project", "raw_mean", "rank_raw", "tier", "tier_fair", "tier_standard", "tier_published"],
                [.. report.Decisions.Select(d => (IReadOnlyList<string>)[label(d.Stage), d.ProjectId, F(d.RawMean, "0.00"), I(d.RankRaw), label(d.Tier), Opt(NullIfEmpty(d.TierFair), label),
                    Opt(NullIfEmpty(d.TierStandard), label), Opt(NullIfEmpty(d.TierPublished), label)])]),
            new("reconsideration", ["stage", "project", "reconsidered_marks", "original_score", "counted_score", "original_rank", "counted_rank"],
                [.. report.Reconsidered.Select(r => (IReadOnlyList<string>)[label(r.Stage), r.ProjectId, I(r.ReconsideredMarks), F(r.OriginalScore, "0.00"), F(r.CountedScore, "0.00"),
                    I(r.OriginalRank), I(r.CountedRank)])]),
        };
        return tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    private static string Opt(string? code, Func<string, string> label) => code is null ? "" : label(code);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string F(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "";

    private static string I(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
