using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Reliability;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Pipeline.Units;

/// <content>panels.csv: the reliability of every panel of the unit.</content>
public static partial class UnitAnalysis
{
    private static List<PanelRow> Panels(UnitData data, SeverityFit? unitFit, List<string> warnings)
    {
        var rows = new List<PanelRow>();
        // Each panel's marks in their order, bucketed in one pass over the unit.
        var byPanel = new List<int>[data.Panels.Length];
        for (var panel = 0; panel < byPanel.Length; panel++)
        {
            byPanel[panel] = [];
        }

        for (var i = 0; i < data.Ratings.Length; i++)
        {
            byPanel[data.RatingPanels[i]].Add(i);
        }

        for (var panel = 0; panel < data.Panels.Length; panel++)
        {
            var indices = byPanel[panel];
            var judges = indices.Select(i => data.Ratings[i].Judge).Distinct().Order().ToArray();
            var projects = indices.Select(i => data.Ratings[i].Project).Distinct().Order().ToArray();
            var matrix = CriterionAveraged(data, indices, judges, projects);
            var complete = !matrix.Cast<double>().Any(double.IsNaN);
            var name = $"{data.Key}/{data.Panels[panel]}";

            var icc = new double[7];
            Array.Fill(icc, double.NaN);
            double w = double.NaN, alpha = double.NaN;
            if (judges.Length >= 2 && projects.Length >= 2)
            {
                if (complete)
                {
                    var result = IntraclassCorrelation.Compute(matrix);
                    icc = [result.Icc1.Value, result.Icc2.Value, result.Icc3.Value, result.Icc1k.Value, result.Icc2k.Value, result.Icc3k.Value, judges.Length];
                    w = KendallW.Compute(matrix).W;
                }
                else
                {
                    // psych::ICC's lmer route: the single-rater ICCs from the REML variance components of the observed
                    // cells; the "k" ICCs for the mean of the raters a project actually had (harmonic mean), not of
                    // the whole panel. Kendall's W ranks every project by every judge and has no such route.
                    icc = IncompleteIcc(matrix, name, warnings);
                }

                alpha = Krippendorff(matrix);
            }

            var fit = data.Panels.Length == 1 ? unitFit : TryPanelFit(data, indices, judges, projects, name, warnings);
            rows.Add(new PanelRow(
                data.Key.Season, data.Key.Stage, data.Key.Track, data.Panels[panel], judges.Length, projects.Length, indices.Count,
                icc[0], icc[1], icc[2], icc[3], icc[4], icc[5], w, alpha,
                fit?.ProjectVariance ?? double.NaN, fit?.JudgeVariance ?? double.NaN, fit?.ResidualVariance ?? double.NaN, icc[6]));
        }

        return rows;
    }

    /// <summary>Projects in rows, judges in columns: the mean of the judge's marks on the project's criteria; NaN where he did not score it.</summary>
    private static double[,] CriterionAveraged(UnitData data, List<int> indices, int[] judges, int[] projects)
    {
        var sum = new double[projects.Length, judges.Length];
        var count = new int[projects.Length, judges.Length];
        foreach (var i in indices)
        {
            var r = data.Ratings[i];
            var p = Array.BinarySearch(projects, r.Project);
            var j = Array.BinarySearch(judges, r.Judge);
            sum[p, j] += r.Score;
            count[p, j]++;
        }

        var matrix = new double[projects.Length, judges.Length];
        for (var p = 0; p < projects.Length; p++)
        {
            for (var j = 0; j < judges.Length; j++)
            {
                matrix[p, j] = count[p, j] > 0 ? sum[p, j] / count[p, j] : double.NaN;
            }
        }

        return matrix;
    }

    private static double[] IncompleteIcc(double[,] matrix, string name, List<string> warnings)
    {
        try
        {
            var result = IntraclassCorrelation.ComputeIncomplete(matrix);
            var (r, k) = (result.Icc, result.ActualRaters);
            return [r.Icc1.Value, r.Icc2.Value, r.Icc3.Value, k.Icc1k, k.Icc2k, k.Icc3k, k.Raters];
        }
        catch (ArgumentException e)
        {
            warnings.Add($"{name}: no ICCs for the incomplete panel ({e.Message}).");
            return [double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN];
        }
    }

    private static double Krippendorff(double[,] matrix)
    {
        try
        {
            return KrippendorffAlpha.Interval(matrix).Alpha;
        }
        catch (ArgumentException)
        {
            // Fewer than two pairable values: alpha is undefined.
            return double.NaN;
        }
    }

    private static SeverityFit? TryPanelFit(UnitData data, List<int> indices, int[] judges, int[] projects, string name, List<string> warnings)
    {
        // Re-index the panel's marks densely; the criteria keep the unit's indices but must be dense too.
        var criteria = indices.Select(i => data.Ratings[i].Criterion).Distinct().Order().ToArray();
        var ratings = indices.Select(i =>
        {
            var r = data.Ratings[i];
            return new SeverityRating(Array.BinarySearch(judges, r.Judge), Array.BinarySearch(projects, r.Project), Array.BinarySearch(criteria, r.Criterion), r.Score);
        }).ToList();
        return TryFit(ratings, judges.Length, projects.Length, name, warnings);
    }
}
