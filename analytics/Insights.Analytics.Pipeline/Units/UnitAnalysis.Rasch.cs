using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Rasch;

namespace Insights.Analytics.Pipeline.Units;

/// <content>rasch.csv: the many-facet Rasch model's measures of a unit with an ordinal rubric.</content>
public static partial class UnitAnalysis
{
    /// <summary>
    /// Per facet (project, judge, criterion) a summary row (element empty: separation, strata, reliability) then its
    /// elements in id order; then the thresholds in category order. None when the unit has no Rasch fit.
    /// </summary>
    private static List<RaschRow> RaschRows(UnitData data, ManyFacetRaschResult? rasch)
    {
        var rows = new List<RaschRow>();
        if (rasch is null)
        {
            return rows;
        }

        var key = data.Key;
        var sums = new[] { new double[data.Projects.Length], new double[data.Judges.Length], new double[data.Criteria.Length] };
        var counts = new[] { new int[data.Projects.Length], new int[data.Judges.Length], new int[data.Criteria.Length] };
        foreach (var r in data.Ratings)
        {
            int[] element = [r.Project, r.Judge, r.Criterion];
            for (var f = 0; f < 3; f++)
            {
                sums[f][element[f]] += r.Score;
                counts[f][element[f]]++;
            }
        }

        var facets = new[] { rasch.Projects, rasch.Judges, rasch.Criteria };
        var ids = new[] { data.Projects, data.Judges, data.Criteria };
        var fair = new[] { rasch.FairAverages, rasch.JudgeFairAverages, rasch.CriterionFairAverages };
        for (var f = 0; f < 3; f++)
        {
            var facet = facets[f];
            rows.Add(new RaschRow(
                key.Season, key.Stage, key.Track, facet.Name, "", data.Ratings.Length, double.NaN, double.NaN, facet.MeanMeasure, facet.Rmse,
                double.NaN, double.NaN, double.NaN, double.NaN, false, facet.Separation, facet.Strata, facet.Reliability));
            foreach (var e in facet.Elements.OrderBy(e => ids[f][e.Index], StringComparer.Ordinal))
            {
                rows.Add(new RaschRow(
                    key.Season, key.Stage, key.Track, facet.Name, ids[f][e.Index], e.Count, sums[f][e.Index] / counts[f][e.Index], fair[f][e.Index],
                    e.Measure, e.StandardError, e.Infit, e.InfitZStd, e.Outfit, e.OutfitZStd, e.Extreme, double.NaN, double.NaN, double.NaN));
            }
        }

        for (var k = 0; k < rasch.Thresholds.Count; k++)
        {
            rows.Add(new RaschRow(
                key.Season, key.Stage, key.Track, "threshold", rasch.CategoryScores[k + 1].ToString(System.Globalization.CultureInfo.InvariantCulture),
                (int)rasch.CategoryCounts[k + 1], double.NaN, double.NaN, rasch.Thresholds[k], rasch.ThresholdStandardErrors[k],
                double.NaN, double.NaN, double.NaN, double.NaN, false, double.NaN, double.NaN, double.NaN));
        }

        return rows;
    }
}
