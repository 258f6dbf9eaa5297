using Insights.Analytics.Pipeline.Season;

namespace Insights.Analytics.Pipeline.Output;

/// <summary>
/// Writes the analysis into its folder: judges.csv, panels.csv, projects.csv, margins.csv, findings.csv, rasch.csv, power.csv and summary.json, with
/// the columns of the contract (docs/analytics.md). Each file is written aside and renamed, so a reader never sees
/// half a file. The CSV files are also written as one workbook, analysis.xlsx, a sheet per file.
/// </summary>
public static class AnalysisFiles
{
    /// <summary>The file names, in the order they are written.</summary>
    public static IReadOnlyList<string> Names { get; } = ["judges.csv", "panels.csv", "projects.csv", "margins.csv", "findings.csv", "rasch.csv", "power.csv", "summary.json"];

    /// <summary>The workbook beside the CSV files: one sheet per CSV file, with the same rows (not byte-stable: a ZIP).</summary>
    public const string Workbook = "analysis.xlsx";

    /// <summary>Writes the files and the workbook.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="folder">The output folder (created if missing).</param>
    public static void Write(AnalysisResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        var sheets = new List<(string Name, IReadOnlyList<string> Header, List<IReadOnlyList<string>> Rows)>();
        Table(sheets, folder, "judges.csv",
            ["season", "stage", "track", "judge", "n_scores", "n_projects", "mean_score", "severity", "severity_se", "infit", "outfit", "flags", "anomaly_score"],
            result.Judges.Select(j => (IReadOnlyList<string>)[
                CsvText.Text(j.Season), CsvText.Text(j.Stage), CsvText.Text(j.Track), CsvText.Text(j.Judge), CsvText.Count(j.Scores),
                CsvText.Count(j.Projects), CsvText.Number(j.MeanScore), CsvText.Number(j.Severity), CsvText.Number(j.SeverityStandardError),
                CsvText.Number(j.Infit), CsvText.Number(j.Outfit), CsvText.Text(j.Flags), CsvText.Number(j.AnomalyScore)]));
        Table(sheets, folder, "panels.csv",
            ["season", "stage", "track", "panel", "n_judges", "n_projects", "n_scores", "icc1", "icc2", "icc3", "icc1k", "icc2k", "icc3k",
                "kendall_w", "kripp_alpha", "var_project", "var_judge", "var_residual", "k_raters"],
            result.Panels.Select(p => (IReadOnlyList<string>)[
                CsvText.Text(p.Season), CsvText.Text(p.Stage), CsvText.Text(p.Track), CsvText.Text(p.Panel), CsvText.Count(p.Judges),
                CsvText.Count(p.Projects), CsvText.Count(p.Scores), CsvText.Number(p.Icc1), CsvText.Number(p.Icc2), CsvText.Number(p.Icc3),
                CsvText.Number(p.Icc1k), CsvText.Number(p.Icc2k), CsvText.Number(p.Icc3k), CsvText.Number(p.KendallW),
                CsvText.Number(p.KrippendorffAlpha), CsvText.Number(p.ProjectVariance), CsvText.Number(p.JudgeVariance), CsvText.Number(p.ResidualVariance),
                CsvText.Number(p.KRaters)]));
        Table(sheets, folder, "projects.csv",
            ["season", "stage", "track", "project", "n_judges", "raw_mean", "fair_score", "rank_raw", "rank_fair", "p_award_tier", "flip_judges", "flip_mark_points", "p_tier_fresh", "p_award_fresh",
                "tier", "tier_fair", "tier_standard", "tier_published"],
            result.Projects.Select(p => (IReadOnlyList<string>)[
                CsvText.Text(p.Season), CsvText.Text(p.Stage), CsvText.Text(p.Track), CsvText.Text(p.Project), CsvText.Count(p.Judges),
                CsvText.Number(p.RawMean), CsvText.Number(p.FairScore), CsvText.Count(p.RankRaw), p.RankFair > 0 ? CsvText.Count(p.RankFair) : "",
                CsvText.Number(p.ProbabilityKeepsTier), p.FlipJudges > 0 ? CsvText.Count(p.FlipJudges) : "", CsvText.Number(p.FlipMarkPoints),
                CsvText.Number(p.FreshKeepsTier), CsvText.Number(p.FreshAwarded), CsvText.Text(p.Tier), CsvText.Text(p.TierFair),
                CsvText.Text(p.TierStandard), CsvText.Text(p.TierPublished)]));
        Table(sheets, folder, "margins.csv",
            ["season", "stage", "track", "project", "tier", "flip_judges", "judges_removed", "tier_without_judges", "max_removed",
                "flip_mark_points", "mark_judge", "mark_project", "mark_criterion", "mark_from", "mark_to", "tier_after_mark", "residual_sd"],
            result.Margins.Select(m => (IReadOnlyList<string>)[
                CsvText.Text(m.Season), CsvText.Text(m.Stage), CsvText.Text(m.Track), CsvText.Text(m.Project), CsvText.Count(m.Tier),
                m.FlipJudges > 0 ? CsvText.Count(m.FlipJudges) : "", CsvText.Text(m.JudgesRemoved), m.FlipJudges > 0 ? CsvText.Count(m.TierWithoutJudges) : "",
                CsvText.Count(m.MaxRemoved), CsvText.Number(m.FlipMarkPoints), CsvText.Text(m.MarkJudge), CsvText.Text(m.MarkProject), CsvText.Text(m.MarkCriterion),
                CsvText.Number(m.MarkFrom), CsvText.Number(m.MarkTo), double.IsNaN(m.FlipMarkPoints) ? "" : CsvText.Count(m.TierAfterMark), CsvText.Number(m.ResidualSd)]));
        Table(sheets, folder, "findings.csv",
            ["kind", "level", "season", "stage", "track", "panel", "judge", "project", "statistic", "p_value", "evidence_zh", "evidence_en"],
            result.Findings.Select(f => (IReadOnlyList<string>)[
                CsvText.Text(f.Kind), CsvText.Text(f.Level), CsvText.Text(f.Season), CsvText.Text(f.Stage), CsvText.Text(f.Track),
                CsvText.Text(f.Panel), CsvText.Text(f.Judge), CsvText.Text(f.Project), CsvText.Number(f.Statistic), CsvText.Number(f.PValue),
                CsvText.Text(f.EvidenceZh), CsvText.Text(f.EvidenceEn)]));
        Table(sheets, folder, "rasch.csv", s_raschColumns, result.Rasch.Select(RaschCells));
        Table(sheets, folder, "power.csv",
            ["season", "stage", "track", "judge", "kind", "status", "n", "mde", "min_p", "level", "p"],
            result.Power.Select(r => (IReadOnlyList<string>)[
                CsvText.Text(r.Season), CsvText.Text(r.Stage), CsvText.Text(r.Track), CsvText.Text(r.Judge), CsvText.Text(r.Kind),
                CsvText.Text(r.Status), CsvText.Count(r.N), CsvText.Number(r.Mde), CsvText.Number(r.MinP), CsvText.Number(r.Level), CsvText.Number(r.P)]));
        Atomically(Path.Combine(folder, "summary.json"), path => File.WriteAllText(path, AnalysisSummary.Json(result)));
        Atomically(Path.Combine(folder, Workbook), path => AnalysisWorkbook.Write(path, sheets));
    }

    // One CSV file, kept for the workbook's sheet of the same rows.
    private static void Table(
        List<(string Name, IReadOnlyList<string> Header, List<IReadOnlyList<string>> Rows)> sheets,
        string folder, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var list = rows.ToList();
        Atomically(Path.Combine(folder, name), path => CsvText.Write(path, header, list));
        sheets.Add((Path.GetFileNameWithoutExtension(name), header, list));
    }

    /// <summary>rasch.csv's header (docs/analytics.md).</summary>
    private static readonly string[] s_raschColumns =
    [
        "season", "stage", "track", "facet", "element", "n_ratings", "observed_average", "fair_average", "measure", "se",
        "infit", "infit_zstd", "outfit", "outfit_zstd", "extreme", "separation", "strata", "reliability",
    ];

    private static IReadOnlyList<string> RaschCells(RaschRow r) =>
    [
        CsvText.Text(r.Season), CsvText.Text(r.Stage), CsvText.Text(r.Track), CsvText.Text(r.Facet), CsvText.Text(r.Element), CsvText.Count(r.Ratings),
        CsvText.Number(r.ObservedAverage), CsvText.Number(r.FairAverage), CsvText.Number(r.Measure), CsvText.Number(r.StandardError),
        CsvText.Number(r.Infit), CsvText.Number(r.InfitZStd), CsvText.Number(r.Outfit), CsvText.Number(r.OutfitZStd), r.Extreme ? "1" : "0",
        CsvText.Number(r.Separation), CsvText.Number(r.Strata), CsvText.Number(r.Reliability),
    ];

    private static void Atomically(string path, Action<string> write)
    {
        var temporary = path + ".writing";
        write(temporary);
        File.Move(temporary, path, overwrite: true);
    }
}
