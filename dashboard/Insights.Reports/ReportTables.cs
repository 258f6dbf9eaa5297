using System.Globalization;
using Insights.Warehouse.Reading.Reports;

namespace Insights.Reports;

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
        // Stages by the season's own names (dim_stage), so outside data reads as its competition names its stages.
        string Stage(string? code) => report.StageLabel(code, zh);
        string Flags(string flags) => string.Join("; ", flags.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(k => FindingKinds.Name(k, zh)));
        var tables = new ReportTable[]
        {
            FindingTable("findings", report, report.Findings, label, zh),
            new("judges", ["stage", "judge", "scores", "projects", "mean_score", "severity", "lower95", "upper95", "infit", "outfit", "anomaly_score", "flags"],
                [.. report.Judges.Select(j => (IReadOnlyList<string>)[Stage(j.Stage), j.JudgeId, I(j.Scores), I(j.Projects), F(j.MeanScore, "0.00"), F(j.Severity, "0.00"),
                    F(j.Lower, "0.00"), F(j.Upper, "0.00"), F(j.Infit, "0.00"), F(j.Outfit, "0.00"), F(j.AnomalyScore, "0.00"), Flags(j.Flags)])]),
            new("panels", ["stage", "panel", "judges", "projects", "scores", "icc1", "icc2", "icc3", "icc1k", "icc2k", "icc3k", "kendall_w", "kripp_alpha"],
                [.. report.Panels.Select(p => (IReadOnlyList<string>)[Stage(p.Stage), p.PanelId, I(p.Judges), I(p.Projects), I(p.Scores), F(p.Icc1, "0.000"),
                    F(p.Icc2, "0.000"), F(p.Icc3, "0.000"), F(p.Icc1k, "0.000"), F(p.Icc2k, "0.000"), F(p.Icc3k, "0.000"), F(p.KendallW, "0.000"), F(p.KrippAlpha, "0.000")])]),
            new("connectivity", ["stage", "judges", "projects", "marks", "components"],
                [.. report.Units.Select(u => (IReadOnlyList<string>)[Stage(u.Stage), I(u.Judges), I(u.Projects), I(u.Marks), I(u.Components)])]),
            FindingTable("linking", report, report.Findings.Where(f => f.IsLinking), label, zh),
            new("stage-link", ["preliminary_stage", "common_projects", "judges_on_both", "spearman", "spearman_p", "rank_reversals", "pairs_compared"],
                report.Link is { } l
                    ? [[Stage(l.PreliminaryStage), I(l.CommonProjects), string.Join(';', l.JudgesOnBoth), F(l.Spearman, "0.000"), P(l.SpearmanP),
                        I(l.RankReversals), I(l.PairsCompared)]]
                    : []),
            new("finalists", ["project", "preliminary", "preliminary_rank", "final", "final_rank", "p_award_tier", "p_tier_fresh"],
                [.. report.Finalists.Select(f => (IReadOnlyList<string>)[f.ProjectId, F(f.Preliminary, "0.00"), I(f.PreliminaryRank), F(f.Final, "0.00"),
                    I(f.FinalRank), F(f.PAwardTier, "0.000"), F(f.PTierFresh, "0.000")])]),
            FindingTable("conflicts", report, report.Findings.Where(f => f.IsConflict), label, zh),
            new("unstable", ["stage", "project", "raw_mean", "rank_raw", "p_award_tier", "p_tier_fresh"],
                [.. report.Unstable.Select(u => (IReadOnlyList<string>)[Stage(u.Stage), u.ProjectId, F(u.RawMean, "0.00"), I(u.RankRaw), F(u.PAwardTier, "0.000"), F(u.PTierFresh, "0.000")])]),
            new("decisions", ["stage", "project", "raw_mean", "rank_raw", "tier", "tier_fair", "tier_standard", "tier_published"],
                [.. report.Decisions.Select(d => (IReadOnlyList<string>)[Stage(d.Stage), d.ProjectId, F(d.RawMean, "0.00"), I(d.RankRaw), label(d.Tier), Opt(NullIfEmpty(d.TierFair), label),
                    Opt(NullIfEmpty(d.TierStandard), label), Opt(NullIfEmpty(d.TierPublished), label)])]),
            new("reconsideration", ["stage", "project", "reconsidered_marks", "original_score", "counted_score", "original_rank", "counted_rank"],
                [.. report.Reconsidered.Select(r => (IReadOnlyList<string>)[Stage(r.Stage), r.ProjectId, I(r.ReconsideredMarks), F(r.OriginalScore, "0.00"), F(r.CountedScore, "0.00"),
                    I(r.OriginalRank), I(r.CountedRank)])]),
        };
        return tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>Findings as a table: level, source, kind and stage in the reader's language, the p-value as read, the evidence in the reader's language.</summary>
    /// <param name="name">The table's name.</param>
    /// <param name="report">The report (its stage names).</param>
    /// <param name="findings">The findings, in order.</param>
    /// <param name="label">Translates a code (level, source) to the reader's language.</param>
    /// <param name="zh">Chinese.</param>
    /// <param name="withTrack">Add the track's column (the division's lists).</param>
    /// <returns>The table.</returns>
    public static ReportTable FindingTable(string name, TrackReport report, IEnumerable<FindingRow> findings, Func<string, string> label, bool zh, bool withTrack = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(label);
        IReadOnlyList<string> Row(FindingRow f) =>
            [label(f.Level), label(f.Source), f.Label(zh), report.StageLabel(f.Stage, zh), f.JudgeId ?? "",
             f.ProjectId ?? "", F(f.Statistic, "0.###"), P(f.PValue), zh ? f.MessageZh : f.MessageEn, f.FindingId];
        return withTrack
            ? new(name, ["track", "level", "source", "kind", "stage", "judge", "project", "statistic", "p_value", "evidence", "finding_id"],
                [.. findings.Select(f => (IReadOnlyList<string>)[f.Track ?? "", .. Row(f)])], "finding_id")
            : new(name, ["level", "source", "kind", "stage", "judge", "project", "statistic", "p_value", "evidence", "finding_id"], [.. findings.Select(Row)], "finding_id");
    }

    private static string Opt(string? code, Func<string, string> label) => code is null ? "" : label(code);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>A number in a fixed format, empty when missing.</summary>
    /// <param name="value">The number.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public static string F(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "";

    /// <summary>A p-value as a reader takes it: three decimals, and "&lt; 0.001" below that (never "0").</summary>
    /// <param name="value">The p-value.</param>
    /// <returns>The text.</returns>
    public static string P(double? value) => value switch
    {
        null => "",
        < 0.001 => "< 0.001",
        { } v => v.ToString("0.000", CultureInfo.InvariantCulture),
    };

    private static string I(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
