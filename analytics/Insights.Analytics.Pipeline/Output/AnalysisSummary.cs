using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Insights.Analytics.Anomalies;
using Insights.Analytics.Bias;
using Insights.Analytics.Drift;
using Insights.Analytics.Pipeline.Season;

namespace Insights.Analytics.Pipeline.Output;

/// <summary>
/// summary.json: what was analysed, the model settings and thresholds, each unit's convergence, the stage links,
/// finding counts and every warning. No clock time and no machine name, so that the same warehouse and seed give the
/// same bytes. NaN is written as null.
/// </summary>
public static class AnalysisSummary
{
    /// <summary>The summary as indented JSON (UTF-8 text, LF line ends).</summary>
    /// <param name="result">The analysis.</param>
    /// <returns>The JSON text.</returns>
    public static string Json(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("job", "insights analyze");
            w.WriteString("warehouse", Path.GetFileName(result.Options.Warehouse));
            w.WriteString("season_filter", result.Options.Season);
            WriteStrings(w, "seasons", result.Seasons);
            Settings(w, result);
            Totals(w, result);
            w.WriteStartArray("units");
            foreach (var u in result.Units)
            {
                w.WriteStartObject();
                w.WriteString("unit", u.Unit);
                w.WriteNumber("marks", u.Marks);
                w.WriteNumber("judges", u.Judges);
                w.WriteNumber("projects", u.Projects);
                w.WriteNumber("criteria", u.Criteria);
                w.WriteNumber("panels", u.Panels);
                w.WriteString("scale", u.Scale);
                WriteBool(w, "severity_converged", u.SeverityConverged);
                w.WriteNumber("severity_evaluations", u.SeverityEvaluations);
                WriteBool(w, "rasch_converged", u.RaschConverged);
                w.WriteNumber("rasch_iterations", u.RaschIterations);
                WriteNumber(w, "var_project", u.ProjectVariance);
                WriteNumber(w, "var_judge", u.JudgeVariance);
                WriteNumber(w, "var_residual", u.ResidualVariance);
                w.WriteNumber("graph_components", u.Components);
                WriteStrings(w, "calibration_tier_changes", u.CalibrationChanges);
                if (u.Awards is { } a)
                {
                    w.WriteStartObject("decision");
                    w.WriteString("decides", a.Decides);
                    w.WriteString("rule_source", a.RuleSource);
                    w.WriteString("basis", a.Basis);
                    w.WriteNumber("decided", a.Decided);
                    w.WriteNumber("published", a.Published);
                    w.WriteNumber("published_differs_from_rule", a.PublishedDiffers);
                    w.WriteNumber("fair_differs_from_rule", a.FairDiffers);
                    w.WriteNumber("standard_differs_from_fair", a.StandardDiffersFromFair);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("stage_links");
            foreach (var l in result.Links)
            {
                w.WriteStartObject();
                w.WriteString("season", l.Season);
                w.WriteString("track", l.Track);
                w.WriteString("preliminary_stage", l.PreliminaryStage);
                w.WriteString("stage", l.Stage);
                w.WriteNumber("common_projects", l.CommonProjects);
                WriteStrings(w, "judges_on_both_panels", l.OverlapJudges);
                WriteNumber(w, "spearman", l.Spearman);
                WriteNumber(w, "spearman_p", l.SpearmanPValue);
                w.WriteNumber("rank_reversals", l.Reversals);
                w.WriteNumber("pairs_compared", l.PairsCompared);
                if (l.Selection is { } sel)
                {
                    WriteNumber(w, "pearson_finalists", sel.Pearson);
                    WriteNumber(w, "pearson_selection_corrected", sel.Corrected);
                    WriteNumber(w, "restriction_ratio", sel.RestrictionRatio);
                    WriteNumber(w, "final_on_preliminary_slope", sel.Slope);
                    WriteNumber(w, "final_residual_sd", sel.ResidualSd);
                    WriteNumber(w, "award_cut", sel.AwardCut);
                    w.WriteStartArray("near_cut");
                    foreach (var c in sel.NearCut)
                    {
                        w.WriteStartObject();
                        w.WriteString("project", c.ProjectId);
                        WriteNumber(w, "preliminary", c.Preliminary);
                        WriteNumber(w, "predicted_final", c.PredictedFinal);
                        WriteNumber(w, "prediction_sd", c.PredictionSd);
                        WriteNumber(w, "p_placed", c.ProbabilityPlaced);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                WriteStrings(w, "notes", l.Notes);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("affiliation_bias");
            foreach (var b in result.AffiliationBiases)
            {
                w.WriteStartObject();
                w.WriteString("season", b.Season);
                w.WriteString("criterion", b.Criterion);
                WriteNumber(w, "bonus", b.Bonus);
                WriteNumber(w, "se", b.StandardError);
                WriteNumber(w, "lower95", b.Lower);
                WriteNumber(w, "upper95", b.Upper);
                WriteNumber(w, "p_value", b.PValue);
                w.WriteNumber("units", b.Units);
                w.WriteNumber("judges", b.Judges);
                w.WriteNumber("affiliated_pairs", b.AffiliatedPairs);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteStrings(w, "fresh_panel", result.FreshPanelNotes);
            WriteStrings(w, "warnings", result.Warnings);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Settings(Utf8JsonWriter w, AnalysisResult result)
    {
        w.WriteStartObject("settings");
        w.WriteString("unit", result.Options.Pool ? "season x track (stages pooled; criteria as stage:criterion)" : "season x stage x track");
        w.WriteNumber("seed", result.Options.Seed);
        w.WriteString("severity_model", "score ~ criterion + (1|project) + (1|judge), REML (docs/methods/severity.md)");
        w.WriteString("rasch_model", "many-facet rating scale model by JMLE on ordinal rubrics: integer marks on one scale of 2-11 categories (docs/methods/rasch.md)");
        w.WriteNumber("award_bootstrap_resamples", result.Options.Resamples);
        w.WriteNumber("favouritism_permutations", result.FavouritismPermutations);
        w.WriteNumber("favouritism_judges_tested", result.FavouritismTests);
        w.WriteNumber("favouritism_fdr_q", FavouritismOptions.Default.Alpha);
        w.WriteNumber("favouritism_material_share", FavouritismOptions.Default.MaterialShare);
        w.WriteNumber("severity_practical_share", SeverityExtremesOptions.Default.PracticalShare);
        w.WriteNumber("severity_confidence_z", SeverityExtremesOptions.Default.ConfidenceZ);
        w.WriteNumber("outlier_family_alpha", OutlierOptions.Default.FamilyWiseAlpha);
        w.WriteNumber("scale_use_slope_threshold", ScaleUseOptions.Default.SlopeThreshold);
        w.WriteNumber("halo_ratio_threshold", HaloOptions.Default.RatioThreshold);
        w.WriteNumber("collusion_robust_z", CollusionOptions.Default.RobustZ);
        w.WriteNumber("drift_family_alpha", DriftOptions.Default.FamilyWiseAlpha);
        w.WriteEndObject();
    }

    private static void Totals(Utf8JsonWriter w, AnalysisResult result)
    {
        w.WriteStartObject("totals");
        w.WriteNumber("units", result.Units.Count);
        w.WriteNumber("marks", result.Units.Sum(u => (long)u.Marks));
        w.WriteNumber("judge_rows", result.Judges.Count);
        w.WriteNumber("panel_rows", result.Panels.Count);
        w.WriteNumber("project_rows", result.Projects.Count);
        w.WriteNumber("findings", result.Findings.Count);
        w.WriteStartObject("findings_by_kind");
        foreach (var kind in result.Findings.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(kind.Key);
            foreach (var level in kind.GroupBy(f => f.Level).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                w.WriteNumber(level.Key, level.Count());
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteBool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
