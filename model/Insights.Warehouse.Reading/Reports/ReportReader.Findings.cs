using System.Globalization;
using DuckDB.NET.Data;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Reports;

/// <summary>The findings, the marks behind one, and the residual matrices.</summary>
public static partial class ReportReader
{
    /// <summary>Most marks listed under one finding.</summary>
    public const int MaxScoreRows = 2000;

    private const string FindingColumns = """
        finding_id, source, kind, rule_id, level, season, track_code, stage, judge_id, project_id, statistic, p_value, message_zh, message_en, criterion, what_zh, what_en, criterion_zh, criterion_en
        """;

    private const string FindingOrder = "CASE level WHEN 'error' THEN 0 ELSE 1 END, source, what, stage_order, judge_id, project_id, finding_id";

    /// <summary>Findings of the season that name no track (such as the season-wide favouritism).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <param name="withhold">Rewrites the texts (personal data withheld), or null.</param>
    /// <returns>The findings.</returns>
    public static IReadOnlyList<FindingRow> SeasonFindings(DuckDBConnection connection, string season, Func<string, string>? withhold = null) =>
        Withhold(Rows(connection, $"SELECT {FindingColumns} FROM rpt_finding WHERE season = $season AND track_code IS NULL ORDER BY {FindingOrder}", Finding,
            ("season", season)), withhold);

    /// <summary>A finding by its id.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="findingId">The finding id.</param>
    /// <returns>The finding, or null.</returns>
    public static FindingRow? Finding(DuckDBConnection connection, string findingId) =>
        Rows(connection, $"SELECT {FindingColumns} FROM rpt_finding WHERE finding_id = $id LIMIT 1", Finding, ("id", findingId)).FirstOrDefault();

    /// <summary>The marks behind a finding: fact_score rows of its season, track, stage, judge(s) and project(s), where given.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="finding">The finding.</param>
    /// <returns>The count and the first <see cref="MaxScoreRows"/> rows.</returns>
    public static FindingScores Scores(DuckDBConnection connection, FindingRow finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        const string where = """
            s.season = $season AND ($track::VARCHAR IS NULL OR s.track_code = $track::VARCHAR) AND ($stage::VARCHAR IS NULL OR s.stage = $stage::VARCHAR)
            AND ($judges::VARCHAR IS NULL OR list_contains(string_split($judges::VARCHAR, ';'), s.judge_id))
            AND ($projects::VARCHAR IS NULL OR list_contains(string_split($projects::VARCHAR, ';'), s.project_id))
            """;
        (string, object?)[] parameters = [("season", finding.Season), ("track", finding.Track), ("stage", finding.Stage), ("judges", finding.JudgeId), ("projects", finding.ProjectId)];
        using var count = Command(connection, $"SELECT count(*) FROM fact_score s WHERE {where}", parameters);
        var total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        var rows = Rows(connection, $"""
            SELECT s.stage, s.panel_id, s.judge_id, coalesce(j.judge_name, ''), s.project_id, s.criterion, s.score, s.max_score, s.scored_at,
                   coalesce(r.name_zh, s.criterion), coalesce(r.name_en, s.criterion)
            FROM fact_score s LEFT JOIN dim_judge j ON j.season = s.season AND j.judge_id = s.judge_id
            LEFT JOIN dim_stage d ON d.season = s.season AND d.stage = s.stage
            LEFT JOIN ref_rubric r ON r.season = s.season AND r.stage = s.stage AND r.criterion = s.criterion
            WHERE {where}
            ORDER BY d.stage_order, s.stage, s.judge_id, s.project_id, s.criterion LIMIT {MaxScoreRows}
            """, r => new ScoreRow(r.GetString(0), r.IsDBNull(1) ? "" : r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
            r.GetDouble(6), r.FiniteOrNull(7), r.IsDBNull(8) ? null : r.GetDateTime(8))
        {
            CriterionZh = r.GetString(9),
            CriterionEn = r.GetString(10),
        }, parameters);
        return new FindingScores(finding, total, rows);
    }

    /// <summary>The people's personal data of a season that a committee's copy withholds: representatives' names, masked phones and ID numbers, judges' names and phones.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>The texts to withhold.</returns>
    public static IReadOnlyList<string> PersonalData(DuckDBConnection connection, string season) => [.. Rows(connection, """
        SELECT person_name FROM stg_representative WHERE season = $season
        UNION SELECT phone_masked FROM stg_representative WHERE season = $season
        UNION SELECT id_number_masked FROM stg_representative WHERE season = $season
        UNION SELECT judge_name FROM dim_judge WHERE season = $season
        UNION SELECT phone_masked FROM dim_judge WHERE season = $season
        """, r => r.TextOrNull(0), ("season", season)).OfType<string>()];

    /// <summary>One residual matrix (judges × projects, criterion-averaged marks) per stage whose panel is complete.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <param name="track">The track.</param>
    /// <returns>The matrices in the season's stage order; stages with a missing cell (sparse written review) have none.</returns>
    public static IReadOnlyList<ResidualMatrix> Residuals(DuckDBConnection connection, string season, string track)
    {
        var cells = Rows(connection, """
            SELECT s.stage, s.judge_id, s.project_id, avg(s.score), any_value(d.stage_order) AS stage_order
            FROM fact_score s LEFT JOIN dim_stage d ON d.season = s.season AND d.stage = s.stage
            WHERE s.season = $season AND s.track_code = $track
            GROUP BY s.stage, s.judge_id, s.project_id ORDER BY stage_order, s.stage, s.judge_id, s.project_id
            """, r => (Stage: r.GetString(0), Judge: r.GetString(1), Project: r.GetString(2), Mark: r.GetDouble(3)), ("season", season), ("track", track));
        var matrices = new List<ResidualMatrix>();
        foreach (var stage in cells.GroupBy(c => c.Stage))
        {
            var judges = stage.Select(c => c.Judge).Distinct().Order(StringComparer.Ordinal).ToList();
            var projects = stage.Select(c => c.Project).Distinct().Order(StringComparer.Ordinal).ToList();
            // A matrix is drawn only for a complete panel: skip before allocating when cells are missing.
            if (stage.Count() != judges.Count * projects.Count)
            {
                continue;
            }

            var marks = new double[judges.Count, projects.Count];
            var judgeIndex = judges.Select((j, i) => (j, i)).ToDictionary(x => x.j, x => x.i, StringComparer.Ordinal);
            var projectIndex = projects.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
            foreach (var c in stage)
            {
                marks[judgeIndex[c.Judge], projectIndex[c.Project]] = c.Mark;
            }

            if (ResidualMatrix.FromMarks(stage.Key, judges, projects, marks) is { } matrix)
            {
                matrices.Add(matrix);
            }
        }

        return matrices;
    }

    private static List<FindingRow> Findings(DuckDBConnection connection, string season, string track, Func<string, string>? withhold) =>
        Withhold(Rows(connection, $"""
            SELECT {FindingColumns} FROM rpt_finding
            WHERE season = $season AND (track_code = $track OR (track_code IS NULL AND kind = 'favoritism_pooled'))
            ORDER BY {FindingOrder}
            """, Finding, ("season", season), ("track", track)), withhold);

    private static List<FindingRow> Withhold(List<FindingRow> findings, Func<string, string>? withhold) =>
        withhold is null ? findings : [.. findings.Select(f => f with { MessageZh = withhold(f.MessageZh), MessageEn = withhold(f.MessageEn) })];

    private static FindingRow Finding(DuckDBDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.TextOrNull(3), r.GetString(4), r.GetString(5),
        r.TextOrNull(6), r.TextOrNull(7), r.TextOrNull(8), r.TextOrNull(9), r.FiniteOrNull(10), r.FiniteOrNull(11), r.GetString(12), r.GetString(13), r.TextOrNull(14))
    {
        WhatZh = r.GetString(15),
        WhatEn = r.GetString(16),
        CriterionZh = r.TextOrNull(17),
        CriterionEn = r.TextOrNull(18),
    };
}
