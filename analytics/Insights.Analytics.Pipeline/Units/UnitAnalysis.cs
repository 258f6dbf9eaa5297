using Insights.Analytics.Anomalies;
using Insights.Analytics.Bias;
using Insights.Analytics.Drift;
using Insights.Analytics.Linking;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Pipeline.Units;

/// <summary>
/// Runs the statistics of one analysis unit: the severity model, the Rasch model where the rubric is ordinal, the
/// panel reliabilities, the judge and score detectors, the judges' anomaly score, fair scores and the award
/// bootstrap. Stateless; each call works on its own data, so units can run in parallel.
/// </summary>
public static partial class UnitAnalysis
{
    /// <summary>Analyses one unit.</summary>
    /// <param name="data">The unit's marks.</param>
    /// <param name="settings">What the unit needs from the season.</param>
    /// <returns>Rows, findings, favouritism estimates and model notes of the unit.</returns>
    public static UnitResult Run(UnitData data, UnitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        var key = data.Key;
        var warnings = new List<string>();
        var names = new ElementNames(data.Judges, data.Projects, data.Criteria) { CriteriaZh = data.CriteriaZh, CriteriaEn = data.CriteriaEn };
        var findings = new List<FindingRow>();
        var ratings = data.Ratings;
        var judgePanels = JudgePanels(data);

        // Mixed-range rubrics (the final roadshow's 25/15/10 points) are fitted on the criteria's common scale, so a
        // severity means the same share of every criterion's range (docs/analytics.md, judges.csv).
        var fit = TryFit(data.CommonRatings, data.Judges.Length, data.Projects.Length, key.ToString(), warnings);
        var (infit, outfit, rasch) = FitStatistics(data, fit, warnings);

        var graph = ScoringGraph.Components(
            ratings.Select(r => new ScoringLink(data.Judges[r.Judge], data.Projects[r.Project])), trackCode: key.Track, stage: key.Stage);
        findings.AddRange(graph.Findings.Select(f => Linking(key, f)));

        var favouritism = Array.Empty<FavouritismEstimate>() as IReadOnlyList<FavouritismEstimate>;
        IReadOnlyList<JudgePairFinding> pairs = [];
        var power = new List<PowerRow>();
        if (fit is not null)
        {
            findings.AddRange(Outliers.Detect(ratings, fit, names: names, scales: data.Scales).Select(f => new FindingRow(
                f.Kind, AnomalyKinds.LevelName(f.Level), key.Season, key.Stage, key.Track, PanelOf(data, f.Rating),
                data.Judges[f.Judge], data.Projects[f.Project], data.Criteria[f.Criterion], f.Statistic, f.PValue, f.EvidenceZh, f.EvidenceEn)));
            power.AddRange(OutlierPower(data, fit, findings));
            pairs = Collusion.Examine(data.CommonRatings, fit, names: names);
            findings.AddRange(pairs.Where(f => f.Flagged).Select(f => new FindingRow(
                f.Kind, AnomalyKinds.LevelName(f.Level), key.Season, key.Stage, key.Track, "",
                $"{data.Judges[f.JudgeA]};{data.Judges[f.JudgeB]}", "", "", f.Correlation, f.PValue, f.EvidenceZh, f.EvidenceEn)));
            var (drift, driftPower) = DriftFindings(data, fit, names);
            findings.AddRange(drift.Select(f => Judge(key, data, judgePanels, f)));
            power.AddRange(driftPower);
        }

        findings.AddRange(ScaleUse.Detect(data.CommonRatings, names: names).Select(f => Judge(key, data, judgePanels, f)));
        findings.AddRange(Inconsistency.Detect(data.CommonRatings, names: names).Select(f => Judge(key, data, judgePanels, f)));
        findings.AddRange(Halo.Detect(ratings, names: names, scales: data.Scales).Select(f => Judge(key, data, judgePanels, f)));
        power.AddRange(ScaleUsePower(data, findings));
        power.AddRange(HaloPower(data, ratings, findings));
        power.AddRange(CollusionPower(data, pairs, fit is not null));
        bool Affiliated(int j, int p) => data.GroupAffiliated.Contains((j, p)) || settings.Affiliated(data.Judges[j], data.Projects[p]);
        if (fit is not null)
        {
            favouritism = Favouritism.Estimate(ratings, Affiliated, settings.Favouritism);
        }

        var pooled = PooledBonuses(data, Affiliated);

        var panels = Panels(data, fit, warnings);
        var (projects, stageScores, awardFindings, calibration, margins, comparison) = Projects(data, fit, settings, names, warnings);
        findings.AddRange(awardFindings);
        var judges = Judges(data, fit, infit, outfit, AnomalyScores(data, fit, infit, outfit, favouritism, pairs, warnings));

        var model = new UnitModel(
            key.ToString(), ratings.Length, data.Judges.Length, data.Projects.Length, data.Criteria.Length, data.Panels.Length,
            rasch is null ? "interval" : "ordinal",
            fit?.Converged, fit?.Evaluations ?? 0, rasch?.Convergence.Converged, rasch?.Convergence.Iterations ?? 0,
            fit?.ProjectVariance ?? double.NaN, fit?.JudgeVariance ?? double.NaN, fit?.ResidualVariance ?? double.NaN,
            graph.Components.Count, calibration)
        {
            Awards = comparison,
        };
        // The reported size is the severity model's (judges.csv); the tests are the within-project contrasts'.
        var reported = fit?.Severities.ToDictionary(s => s.Judge, s => 100 * s.Severity / data.ScaleRange);
        var severity = SeverityTest.Candidates(JudgeContrasts.Estimate(ratings, data.CriterionMin, data.CriterionMax, Days(data)), reported: reported);
        return new UnitResult(key, ratings.Length, judges, panels, projects, findings, favouritism, pooled, data.Judges, data.ScaleRange, stageScores, model, warnings, margins, RaschRows(data, rasch), severity, judgePanels,
            AwardPanelOf(data, settings), power);
    }

    /// <summary>
    /// The affiliation bonus pooled over the unit's judges, per criterion (deviations are taken within project and
    /// criterion, so each criterion's scale stays its own); only criteria with affiliated pairs.
    /// </summary>
    private static List<CriterionBonus> PooledBonuses(UnitData data, Func<int, int, bool> affiliated)
    {
        var bonuses = new List<CriterionBonus>();
        var byCriterion = data.Ratings.GroupBy(r => r.Criterion).OrderBy(g => g.Key);
        foreach (var criterion in byCriterion)
        {
            var marks = criterion.ToList();
            if (!marks.Any(r => affiliated(r.Judge, r.Project)))
            {
                continue;
            }

            var bonus = Favouritism.Pool(marks, affiliated);
            // Fewer than three judges leave the pooled regression without residual degrees of freedom to speak of.
            if (bonus.Judges >= 3 && bonus.StandardError > 1e-9 * (1 + Math.Abs(bonus.Bonus)))
            {
                bonuses.Add(new CriterionBonus(data.Criteria[criterion.Key], bonus) { NameZh = data.CriteriaZh?[criterion.Key], NameEn = data.CriteriaEn?[criterion.Key] });
            }
        }

        return bonuses;
    }

    private static SeverityFit? TryFit(IReadOnlyList<SeverityRating> ratings, int judges, int projects, string unit, List<string> warnings)
    {
        if (judges < 2 || projects < 2)
        {
            warnings.Add($"{unit}: {judges} judge(s) and {projects} project(s); the severity model needs at least two of each.");
            return null;
        }

        try
        {
            var fit = SeverityModel.Fit(ratings);
            if (!fit.Converged)
            {
                warnings.Add($"{unit}: the severity model stopped at its evaluation budget before converging ({fit.Evaluations} evaluations).");
            }

            return fit;
        }
        catch (ArgumentException e)
        {
            warnings.Add($"{unit}: the severity model could not be fitted: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Drift findings and a power row per judge with dated marks: flagged, clean (tested, and a change of
    /// <see cref="DriftOptions.MaterialShare"/> of the range over his period would have been found with 80 % power at
    /// the unit's Bonferroni level) or untestable (too few marks or days, or a larger minimum detectable change).
    /// </summary>
    private static (IReadOnlyList<JudgeFinding> Findings, List<PowerRow> Power) DriftFindings(UnitData data, SeverityFit fit, ElementNames names)
    {
        // A pooled unit's criteria are "stage:criterion": each stage is a block, so that a judge's step between
        // stages (one effect per judge for all of them) is not read as drift over time.
        var block = new int[data.Criteria.Length];
        if (data.Key.IsPooled)
        {
            var stages = data.Criteria.Select(c => c.IndexOf(':', StringComparison.Ordinal) is var k and > 0 ? c[..k] : c).ToArray();
            var order = stages.Distinct(StringComparer.Ordinal).ToList();
            block = [.. stages.Select(s => order.IndexOf(s))];
        }

        var timed = new List<DriftRating>();
        for (var i = 0; i < data.Ratings.Length; i++)
        {
            if (data.ScoredAt[i] is { } at)
            {
                timed.Add(new DriftRating(data.CommonRatings[i], at, block[data.Ratings[i].Criterion]));
            }
        }

        if (timed.Count == 0)
        {
            return ([], []);
        }

        var options = DriftOptions.Default;
        var assessed = SeverityDrift.Assess(timed, fit, options);
        var findings = SeverityDrift.Flag(assessed, data.ScaleRange, options, names);
        var flagged = findings.Select(f => f.Judge).ToHashSet();
        var level = options.FamilyWiseAlpha / Math.Max(1, assessed.Count(a => a.Status == DriftStatus.Tested));
        var key = data.Key;
        // The change in percent of the range, as the plant and the material size are stated.
        var power = assessed.Select(a =>
        {
            var mde = 100 * SeverityDrift.MinimumDetectableChange(a, level, 0.8) / data.ScaleRange;
            var status = flagged.Contains(a.Judge) ? Season.SeasonAnalysis.Flagged : mde <= 100 * options.MaterialShare ? Season.SeasonAnalysis.Clean : Season.SeasonAnalysis.Untestable;
            return new PowerRow(key.Season, key.Stage, key.Track, data.Judges[a.Judge], SeverityDrift.Kind, status, a.Sheets, mde, 0, level, a.PValue);
        }).ToList();
        return (findings, power);
    }

    /// <summary>The day of each mark (days since 0001-01-01), or null when any mark is undated.</summary>
    private static int[]? Days(UnitData data) =>
        data.ScoredAt.All(t => t.HasValue) ? [.. data.ScoredAt.Select(t => (int)(t!.Value.Date - DateTime.MinValue).TotalDays)] : null;

    private static string PanelOf(UnitData data, int rating) => data.Panels[data.RatingPanels[rating]];

    private static FindingRow Judge(UnitKey key, UnitData data, string[] judgePanels, JudgeFinding f) => new(
        f.Kind, AnomalyKinds.LevelName(f.Level), key.Season, key.Stage, key.Track, judgePanels[f.Judge], data.Judges[f.Judge], "", "",
        f.Statistic, f.PValue, f.EvidenceZh, f.EvidenceEn);

    /// <summary>Per judge, his panel when he sat on one panel of the unit, else empty; one pass over the marks.</summary>
    private static string[] JudgePanels(UnitData data)
    {
        var panel = new int[data.Judges.Length];
        Array.Fill(panel, -1);
        for (var i = 0; i < data.Ratings.Length; i++)
        {
            var j = data.Ratings[i].Judge;
            // -2: marks on more than one panel.
            panel[j] = panel[j] == -1 || panel[j] == data.RatingPanels[i] ? data.RatingPanels[i] : -2;
        }

        return [.. panel.Select(p => p >= 0 ? data.Panels[p] : "")];
    }

    private static FindingRow Linking(UnitKey key, LinkingFinding f) => new(
        f.Kind, f.Level, key.Season, f.Stage ?? "", f.TrackCode ?? key.Track, "", f.JudgeId ?? "", "", "",
        f.Statistic ?? double.NaN, double.NaN, f.MessageZh, f.MessageEn);
}
