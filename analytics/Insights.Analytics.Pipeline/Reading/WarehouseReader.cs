using DuckDB.NET.Data;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Pipeline.Reading;

/// <summary>
/// Reads the analysis units out of the warehouse's <c>fact_score</c> (and the affiliations out of the dimensions),
/// one unit at a time so that memory follows the largest unit, not the season. Parameterized SQL only.
/// </summary>
public static class WarehouseReader
{
    /// <summary>Opens a read-only connection to the warehouse.</summary>
    /// <param name="warehouse">The DuckDB file.</param>
    /// <returns>An open connection; dispose it.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DuckDBConnection OpenReadOnly(string warehouse)
    {
        if (!File.Exists(warehouse))
        {
            throw new FileNotFoundException($"数据仓库不存在 / the warehouse does not exist: {warehouse}", warehouse);
        }

        var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }

    /// <summary>The analysis units with marks, sorted by season, track and stage.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <param name="pool">One unit per season and track instead of per stage.</param>
    /// <returns>The units.</returns>
    public static List<UnitKey> Units(DuckDBConnection connection, string? season, bool pool)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT season, stage, track_code FROM fact_score
            WHERE $season IS NULL OR season = $season
            """;
        command.Parameters.Add(new DuckDBParameter("season", season));
        using var reader = command.ExecuteReader();
        var units = new SortedSet<UnitKey>(UnitKey.Order);
        while (reader.Read())
        {
            units.Add(new UnitKey(reader.GetString(0), pool ? UnitKey.Pooled : reader.GetString(1), reader.GetString(2)));
        }

        return [.. units];
    }

    /// <summary>Reads the marks of one unit (of a pooled unit as percentages of each criterion's scale).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="key">The unit.</param>
    /// <returns>The unit's marks with dense indices.</returns>
    public static UnitData Read(DuckDBConnection connection, UnitKey key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT stage, coalesce(panel_id, ''), judge_id, project_id, criterion, score, min_score, max_score, coalesce(weight, 1),
                   try_cast(scored_at AS TIMESTAMP), coalesce(judge_group, ''), coalesce(project_group, ''), standard_score
            FROM fact_score
            WHERE season = $season AND track_code = $track AND ($stage IS NULL OR stage = $stage)
            ORDER BY stage, panel_id, judge_id, project_id, criterion
            """;
        command.Parameters.Add(new DuckDBParameter("season", key.Season));
        command.Parameters.Add(new DuckDBParameter("track", key.Track));
        command.Parameters.Add(new DuckDBParameter("stage", key.IsPooled ? null : key.Stage));
        using var reader = command.ExecuteReader();
        var rows = new List<RawMark>();
        while (reader.Read())
        {
            var stage = reader.GetString(0);
            var criterion = reader.GetString(4);
            rows.Add(new RawMark(
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                key.IsPooled ? $"{stage}:{criterion}" : criterion,
                reader.GetDouble(5),
                reader.IsDBNull(6) ? double.NaN : reader.GetDouble(6),
                reader.IsDBNull(7) ? double.NaN : reader.GetDouble(7),
                reader.GetDouble(8),
                reader.IsDBNull(9) ? null : reader.GetDateTime(9),
                reader.GetString(10),
                reader.GetString(11),
                reader.IsDBNull(12) ? double.NaN : reader.GetDouble(12)));
        }

        var data = Index(key, key.IsPooled ? [.. rows.Select(Percent)] : rows);
        var names = CriterionNames(connection, key.Season);
        // A stage's own rubric first (two stages may name one code differently), then any stage's.
        (string Zh, string En) Name(string c) => names.TryGetValue(key.IsPooled ? c : $"{key.Stage}:{c}", out var n) || names.TryGetValue(c, out n) ? n : ("", "");
        return names.Count == 0 ? data : data with
        {
            CriteriaZh = [.. data.Criteria.Select(c => Name(c).Zh)],
            CriteriaEn = [.. data.Criteria.Select(c => Name(c).En)],
        };
    }

    /// <summary>
    /// The rubric's names of the season's criteria (ref_rubric), keyed by the criterion code and by stage:criterion
    /// (a pooled unit's codes), so that evidence texts say 应用价值 rather than application_value.
    /// </summary>
    private static Dictionary<string, (string Zh, string En)> CriterionNames(DuckDBConnection connection, string season)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT stage, criterion, name_zh, name_en FROM ref_rubric WHERE season = $season";
        command.Parameters.Add(new DuckDBParameter("season", season));
        using var reader = command.ExecuteReader();
        var names = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var name = (reader.IsDBNull(2) ? "" : reader.GetString(2), reader.IsDBNull(3) ? "" : reader.GetString(3));
            names[reader.GetString(1)] = name;
            names[$"{reader.GetString(0)}:{reader.GetString(1)}"] = name;
        }

        return names;
    }

    /// <summary>
    /// A pooled unit puts the stages' scales side by side (0-100, 1-10, 0-25): each mark with a known scale becomes a
    /// percentage of it, so that one judge effect (and one drift, one practical threshold) means the same in every stage.
    /// </summary>
    private static RawMark Percent(RawMark mark) =>
        double.IsNaN(mark.Min) || double.IsNaN(mark.Max) || !(mark.Max > mark.Min)
            ? mark
            : mark with { Score = 100 * (mark.Score - mark.Min) / (mark.Max - mark.Min), Min = 0, Max = 100 };

    private static UnitData Index(UnitKey key, List<RawMark> rows)
    {
        var judges = Sorted(rows.Select(r => r.Judge));
        var projects = Sorted(rows.Select(r => r.Project));
        var criteria = Sorted(rows.Select(r => r.Criterion));
        var panels = Sorted(rows.Select(r => r.Panel));
        var min = new double[criteria.Length];
        var max = new double[criteria.Length];
        var weight = new double[criteria.Length];
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(max, double.NegativeInfinity);
        var ratings = new SeverityRating[rows.Count];
        var ratingPanels = new int[rows.Count];
        var scoredAt = new DateTime?[rows.Count];
        var standard = new double[rows.Count];
        var grouped = new HashSet<(int, int)>();
        // Dense indices by hashing (the positions in the sorted arrays), not a binary search per mark.
        var judgeIndex = Positions(judges);
        var projectIndex = Positions(projects);
        var criterionIndex = Positions(criteria);
        var panelIndex = Positions(panels);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var j = judgeIndex[r.Judge];
            var p = projectIndex[r.Project];
            var c = criterionIndex[r.Criterion];
            ratings[i] = new SeverityRating(j, p, c, r.Score);
            ratingPanels[i] = panelIndex[r.Panel];
            scoredAt[i] = r.ScoredAt;
            standard[i] = r.Standard;
            // The scale is the rubric's where the warehouse has it; outside data without one uses the observed range.
            min[c] = Math.Min(min[c], double.IsNaN(r.Min) ? r.Score : r.Min);
            max[c] = Math.Max(max[c], double.IsNaN(r.Max) ? r.Score : r.Max);
            weight[c] = r.Weight;
            if (r.JudgeGroup.Length > 0 && r.JudgeGroup == r.ProjectGroup)
            {
                grouped.Add((j, p));
            }
        }

        for (var c = 0; c < criteria.Length; c++)
        {
            if (!(max[c] > min[c]))
            {
                max[c] = min[c] + 1;
            }
        }

        // The competition's standardized marks are kept only when every mark has one: a ranking by them needs them all.
        return new UnitData(key, judges, projects, criteria, panels, ratings, ratingPanels, scoredAt, min, max, weight, grouped)
        {
            StandardScores = key.IsPooled || standard.Length == 0 || standard.Any(double.IsNaN) ? null : standard,
        };
    }

    private static string[] Sorted(IEnumerable<string> values)
    {
        var set = new HashSet<string>(values, StringComparer.Ordinal).ToArray();
        Array.Sort(set, StringComparer.Ordinal);
        return set;
    }

    private static Dictionary<string, int> Positions(string[] sorted)
    {
        var positions = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            positions[sorted[i]] = i;
        }

        return positions;
    }

    private sealed record RawMark(
        string Panel, string Judge, string Project, string Criterion, double Score, double Min, double Max, double Weight,
        DateTime? ScoredAt, string JudgeGroup, string ProjectGroup, double Standard);
}
