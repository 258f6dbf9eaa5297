using DuckDB.NET.Data;
using Insights.Analytics.Pipeline.Season;
using Insights.Warehouse.Building;
using Insights.Warehouse.Reading;

namespace Insights.Analytics.Pipeline.Warehouse;

/// <summary>
/// Writes an analysis into the warehouse in one transaction: the tables analytics_judge, analytics_panel,
/// analytics_project, analytics_margin, analytics_finding, analytics_power, analytics_run, analytics_rasch,
/// analytics_stage_link and analytics_unit (summary.json's stage links and units as rows; the season's rows replaced), and the season's analytics
/// findings in fact_finding (source 'analytics', replacing the earlier ones; the rule findings stay). The analytics
/// tables are models of the warehouse build (ingest/Insights.Warehouse/models/analytics), so analyze creates none: a
/// warehouse built by an older version, without them, is refused with a request to run ingest again. The statements
/// are the warehouse's (Insights.Warehouse.Building.AnalysisTables); rows go in through the appender.
/// The warehouse is copied aside, written and renamed over the original. analytics_run keeps the season's input
/// fingerprint, by which a later rebuild keeps the analysis of the seasons whose input did not change.
/// </summary>
public static class AnalyticsWarehouse
{
    /// <summary>Writes the analysis.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="summaryJson">summary.json's text, kept in analytics_run.</param>
    /// <exception cref="DuckDBException">The warehouse cannot be opened for writing (for example, another process holds it).</exception>
    /// <exception cref="InvalidOperationException">The warehouse lacks the analytics tables (built by an older version).</exception>
    public static void Write(AnalysisResult result, string summaryJson)
    {
        ArgumentNullException.ThrowIfNull(result);
        // Written aside and renamed over the warehouse: readers (the dashboard, a report) never meet the writer's
        // lock, and a failed or killed analyze leaves the warehouse as it was.
        var warehouse = Path.GetFullPath(result.Options.Warehouse);
        var aside = warehouse + ".analyzing";
        WarehouseFiles.CopyAside(warehouse, aside);
        try
        {
            using (var connection = new DuckDBConnection($"Data Source={aside}"))
            {
                connection.Open();
                WriteTables(connection, result, summaryJson);
                AnalysisTables.Checkpoint(connection);
            }

            WarehouseFiles.Replace(aside, warehouse);
        }
        catch
        {
            WarehouseFiles.Delete(aside);
            throw;
        }
    }

    private static void WriteTables(DuckDBConnection connection, AnalysisResult result, string summaryJson)
    {
        // The tables are the warehouse's models (ingest/Insights.Warehouse/models/analytics): every build creates
        // them, empty; analyze only replaces the season's rows.
        var missing = AnalysisTables.Missing(connection);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"数据仓库 {result.Options.Warehouse} 缺少分析表 {string.Join("、", missing)}（由旧版本构建）：请先重新运行 insights ingest 再分析 / " +
                $"the warehouse {result.Options.Warehouse} lacks the analytics tables {string.Join(", ", missing)} (built by an older version): run insights ingest again, then analyze.");
        }

        using var transaction = connection.BeginTransaction();
        foreach (var season in result.Seasons)
        {
            AnalysisTables.Clear(connection, season);
        }

        AppendRows(connection, result);
        AppendPower(connection, result);
        AnalyticsSummaryTables.Append(connection, result);
        foreach (var season in result.Seasons)
        {
            // What the analysis read, so that a rebuild keeps it while that is unchanged (models/marts/analysis_input.sql).
            AnalysisTables.Record(connection, season, result.Options.Seed, result.Options.Pool, summaryJson);
        }

        transaction.Commit();
    }

    private static void AppendRows(DuckDBConnection connection, AnalysisResult result)
    {
        using (var appender = connection.CreateAppender("analytics_judge"))
        {
            foreach (var j in result.Judges)
            {
                var row = appender.CreateRow().AppendValue(j.Season).AppendValue(j.Stage).AppendValue(j.Track).AppendValue(j.Judge)
                    .AppendValue(j.Scores).AppendValue(j.Projects);
                row = Numbers(row, j.MeanScore, j.Severity, j.SeverityStandardError, j.Infit, j.Outfit).AppendValue(j.Flags);
                Numbers(row, j.AnomalyScore).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("analytics_panel"))
        {
            foreach (var p in result.Panels)
            {
                var row = appender.CreateRow().AppendValue(p.Season).AppendValue(p.Stage).AppendValue(p.Track).AppendValue(p.Panel)
                    .AppendValue(p.Judges).AppendValue(p.Projects).AppendValue(p.Scores);
                Numbers(row, p.Icc1, p.Icc2, p.Icc3, p.Icc1k, p.Icc2k, p.Icc3k, p.KendallW, p.KrippendorffAlpha, p.ProjectVariance, p.JudgeVariance, p.ResidualVariance, p.KRaters).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("analytics_project"))
        {
            foreach (var p in result.Projects)
            {
                var row = appender.CreateRow().AppendValue(p.Season).AppendValue(p.Stage).AppendValue(p.Track).AppendValue(p.Project).AppendValue(p.Judges);
                row = Numbers(row, p.RawMean, p.FairScore).AppendValue(p.RankRaw);
                row = p.RankFair > 0 ? row.AppendValue(p.RankFair) : row.AppendNullValue();
                row = Numbers(row, p.ProbabilityKeepsTier);
                row = p.FlipJudges > 0 ? row.AppendValue(p.FlipJudges) : row.AppendNullValue();
                row = Numbers(row, p.FlipMarkPoints, p.FreshKeepsTier, p.FreshAwarded);
                foreach (var tier in (string[])[p.Tier, p.TierFair, p.TierStandard, p.TierPublished])
                {
                    row = tier.Length > 0 ? row.AppendValue(tier) : row.AppendNullValue();
                }

                row.EndRow();
            }
        }

        using (var appender = connection.CreateAppender("analytics_margin"))
        {
            foreach (var m in result.Margins)
            {
                var row = appender.CreateRow().AppendValue(m.Season).AppendValue(m.Stage).AppendValue(m.Track).AppendValue(m.Project).AppendValue(m.Tier);
                row = m.FlipJudges > 0 ? row.AppendValue(m.FlipJudges).AppendValue(m.JudgesRemoved).AppendValue(m.TierWithoutJudges)
                    : row.AppendNullValue().AppendNullValue().AppendNullValue();
                row = Numbers(row.AppendValue(m.MaxRemoved), m.FlipMarkPoints);
                row = double.IsNaN(m.FlipMarkPoints) ? row.AppendNullValue().AppendNullValue().AppendNullValue()
                    : row.AppendValue(m.MarkJudge).AppendValue(m.MarkProject).AppendValue(m.MarkCriterion);
                row = Numbers(row, m.MarkFrom, m.MarkTo);
                row = double.IsNaN(m.FlipMarkPoints) ? row.AppendNullValue() : row.AppendValue(m.TierAfterMark);
                Numbers(row, m.ResidualSd).EndRow();
            }
        }

        AppendRasch(connection, result);
        using (var appender = connection.CreateAppender("analytics_finding"))
        {
            foreach (var f in result.Findings)
            {
                var row = appender.CreateRow().AppendValue(f.Kind).AppendValue(f.Level).AppendValue(f.Season).AppendValue(f.Stage).AppendValue(f.Track)
                    .AppendValue(f.Panel).AppendValue(f.Judge).AppendValue(f.Project).AppendValue(f.Criterion);
                Numbers(row, f.Statistic, f.PValue).AppendValue(f.EvidenceZh).AppendValue(f.EvidenceEn).EndRow();
            }
        }
    }

    private static void AppendRasch(DuckDBConnection connection, AnalysisResult result)
    {
        using var appender = connection.CreateAppender("analytics_rasch");
        foreach (var r in result.Rasch)
        {
            var row = appender.CreateRow().AppendValue(r.Season).AppendValue(r.Stage).AppendValue(r.Track).AppendValue(r.Facet).AppendValue(r.Element)
                .AppendValue(r.Ratings);
            row = Numbers(row, r.ObservedAverage, r.FairAverage, r.Measure, r.StandardError, r.Infit, r.InfitZStd, r.Outfit, r.OutfitZStd).AppendValue(r.Extreme);
            Numbers(row, r.Separation, r.Strata, r.Reliability).EndRow();
        }
    }

    private static void AppendPower(DuckDBConnection connection, AnalysisResult result)
    {
        using var appender = connection.CreateAppender("analytics_power");
        foreach (var r in result.Power)
        {
            var row = appender.CreateRow().AppendValue(r.Season).AppendValue(r.Stage).AppendValue(r.Track).AppendValue(r.Judge)
                .AppendValue(r.Kind).AppendValue(r.Status).AppendValue(r.N);
            Numbers(row, r.Mde, r.MinP, r.Level, r.P).EndRow();
        }
    }

    /// <summary>Appends numbers, NaN and infinities as NULL.</summary>
    private static IDuckDBAppenderRow Numbers(IDuckDBAppenderRow row, params ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            row = double.IsFinite(v) ? row.AppendValue(v) : row.AppendNullValue();
        }

        return row;
    }


}
