using Insights.Analytics.Anomalies;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Rasch;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Pipeline.Units;

/// <content>judges.csv: counts, severities, fit mean-squares and the anomaly score.</content>
public static partial class UnitAnalysis
{
    /// <summary>
    /// Infit and outfit per judge: from the many-facet Rasch model when the rubric is ordinal (FACETS' mean-squares),
    /// else from the linear model's standardized residuals z = (x − x̂)/σ̂, where with one residual variance infit
    /// (information-weighted) and outfit (unweighted) are both the mean of z².
    /// </summary>
    private static (double[] Infit, double[] Outfit, ManyFacetRaschResult? Rasch) FitStatistics(UnitData data, SeverityFit? fit, List<string> warnings)
    {
        var judges = data.Judges.Length;
        var infit = new double[judges];
        var outfit = new double[judges];
        Array.Fill(infit, double.NaN);
        Array.Fill(outfit, double.NaN);
        if (data.IsOrdinal && judges >= 2 && data.Projects.Length >= 2)
        {
            try
            {
                var observations = data.Ratings.Select(r => new RaschObservation(r.Project, r.Judge, r.Criterion, (int)r.Score)).ToList();
                var rasch = ManyFacetRasch.Fit(observations, data.Projects.Length, judges, data.Criteria.Length);
                foreach (var e in rasch.Judges.Elements)
                {
                    infit[e.Index] = e.Infit;
                    outfit[e.Index] = e.Outfit;
                }

                if (!rasch.Convergence.Converged)
                {
                    warnings.Add($"{data.Key}: the Rasch model stopped after {rasch.Convergence.Iterations} iterations before converging.");
                }

                return (infit, outfit, rasch);
            }
            catch (ArgumentException e)
            {
                warnings.Add($"{data.Key}: the Rasch model could not be fitted ({e.Message}); fit statistics come from the linear model.");
            }
        }

        if (fit is null || !(fit.ResidualVariance > 0))
        {
            return (infit, outfit, null);
        }

        var sum = new double[judges];
        var count = new int[judges];
        foreach (var r in data.CommonRatings)
        {
            var z = (r.Score - Outliers.Expected(fit, r)) / Math.Sqrt(fit.ResidualVariance);
            sum[r.Judge] += z * z;
            count[r.Judge]++;
        }

        for (var j = 0; j < judges; j++)
        {
            infit[j] = outfit[j] = count[j] > 0 ? sum[j] / count[j] : double.NaN;
        }

        return (infit, outfit, null);
    }

    private static List<JudgeRow> Judges(UnitData data, SeverityFit? fit, double[] infit, double[] outfit, double[] anomalyScores)
    {
        var judges = data.Judges.Length;
        var marks = new int[judges];
        var total = new double[judges];
        var projects = new HashSet<int>[judges];
        for (var j = 0; j < judges; j++)
        {
            projects[j] = [];
        }

        foreach (var r in data.Ratings)
        {
            marks[r.Judge]++;
            total[r.Judge] += r.Score;
            projects[r.Judge].Add(r.Project);
        }

        var severity = new double[judges];
        var se = new double[judges];
        Array.Fill(severity, double.NaN);
        Array.Fill(se, double.NaN);
        foreach (var s in fit?.Severities ?? [])
        {
            severity[s.Judge] = s.Severity;
            se[s.Judge] = s.StandardError;
        }

        var key = data.Key;
        return [.. Enumerable.Range(0, judges).Select(j => new JudgeRow(
            key.Season, key.Stage, key.Track, data.Judges[j], marks[j], projects[j].Count, total[j] / marks[j], severity[j], se[j], infit[j], outfit[j], "", anomalyScores[j]))];
    }
}
