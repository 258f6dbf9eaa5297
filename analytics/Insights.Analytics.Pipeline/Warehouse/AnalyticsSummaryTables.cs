using DuckDB.NET.Data;
using Insights.Analytics.Pipeline.Season;

namespace Insights.Analytics.Pipeline.Warehouse;

/// <summary>
/// summary.json's stage links and units as rows of analytics_stage_link and analytics_unit, so that pages and reports
/// read columns instead of parsing the JSON kept in analytics_run (ingest/Insights.Warehouse/models/analytics).
/// </summary>
internal static class AnalyticsSummaryTables
{
    /// <summary>Appends the analysis's stage links and units (the season's earlier rows already deleted).</summary>
    /// <param name="connection">The warehouse, in the write's transaction.</param>
    /// <param name="result">The analysis.</param>
    public static void Append(DuckDBConnection connection, AnalysisResult result)
    {
        using (var appender = connection.CreateAppender("analytics_stage_link"))
        {
            foreach (var l in result.Links)
            {
                var row = appender.CreateRow().AppendValue(l.Season).AppendValue(l.Track).AppendValue(l.PreliminaryStage).AppendValue(l.Stage)
                    .AppendValue(l.CommonProjects).AppendValue(l.OverlapJudges.Count).AppendValue(string.Join(';', l.OverlapJudges));
                row = Number(Number(row, l.Spearman), l.SpearmanPValue).AppendValue(l.Reversals).AppendValue(l.PairsCompared);
                var s = l.Selection;
                foreach (var v in (double[])[s?.Pearson ?? double.NaN, s?.Corrected ?? double.NaN, s?.RestrictionRatio ?? double.NaN, s?.Slope ?? double.NaN,
                             s?.ResidualSd ?? double.NaN, s?.AwardCut ?? double.NaN])
                {
                    row = Number(row, v);
                }

                row.AppendValue(string.Join('\n', l.Notes)).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("analytics_unit"))
        {
            foreach (var u in result.Units)
            {
                // The unit is "season/stage/track" (UnitKey); a track label may hold a slash, a season or stage not.
                var parts = u.Unit.Split('/', 3);
                if (parts.Length != 3)
                {
                    throw new InvalidOperationException($"分析单元名称无法拆分 / the unit name '{u.Unit}' is not season/stage/track.");
                }

                var row = appender.CreateRow().AppendValue(parts[0]).AppendValue(parts[1]).AppendValue(parts[2])
                    .AppendValue(u.Marks).AppendValue(u.Judges).AppendValue(u.Projects).AppendValue(u.Criteria).AppendValue(u.Panels).AppendValue(u.Scale);
                row = u.SeverityConverged is { } severity ? row.AppendValue(severity) : row.AppendNullValue();
                row = row.AppendValue(u.SeverityEvaluations);
                row = u.RaschConverged is { } rasch ? row.AppendValue(rasch) : row.AppendNullValue();
                row = row.AppendValue(u.RaschIterations);
                row = Number(Number(Number(row, u.ProjectVariance), u.JudgeVariance), u.ResidualVariance)
                    .AppendValue(u.Components).AppendValue(string.Join(';', u.CalibrationChanges));
                row = u.Awards is { } a
                    ? row.AppendValue(a.Decides).AppendValue(a.RuleSource).AppendValue(a.Basis).AppendValue(a.Decided).AppendValue(a.Published)
                        .AppendValue(a.PublishedDiffers).AppendValue(a.FairDiffers).AppendValue(a.StandardDiffersFromFair)
                    : row.AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue();
                row.EndRow();
            }
        }
    }

    /// <summary>A number, NaN and infinities as NULL (as in summary.json).</summary>
    private static IDuckDBAppenderRow Number(IDuckDBAppenderRow row, double value) => double.IsFinite(value) ? row.AppendValue(value) : row.AppendNullValue();
}
