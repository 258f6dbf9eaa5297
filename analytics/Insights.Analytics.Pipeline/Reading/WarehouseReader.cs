using DuckDB.NET.Data;
using Insights.Analytics.Severity;
using Insights.Warehouse.Reading;
using Insights.Warehouse.Reading.Analytics;

namespace Insights.Analytics.Pipeline.Reading;

/// <summary>
/// Reads the analysis units out of the warehouse's <c>fact_score</c> (and the affiliations out of the dimensions),
/// one unit at a time so that memory follows the largest unit, not the season. The SQL lives in
/// <see cref="AnalysisReader"/>; this class indexes the rows.
/// </summary>
public static class WarehouseReader
{
    /// <summary>Opens a read-only connection to the warehouse.</summary>
    /// <param name="warehouse">The DuckDB file.</param>
    /// <returns>An open connection; dispose it.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DuckDBConnection OpenReadOnly(string warehouse) => WarehouseCommands.OpenReadOnly(warehouse);

    /// <summary>The analysis units with marks, sorted by season, track and stage.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <param name="pool">One unit per season and track instead of per stage.</param>
    /// <returns>The units.</returns>
    public static List<UnitKey> Units(DuckDBConnection connection, string? season, bool pool)
    {
        var units = new SortedSet<UnitKey>(UnitKey.Order);
        foreach (var unit in AnalysisReader.Units(connection, season))
        {
            units.Add(new UnitKey(unit.Season, pool ? UnitKey.Pooled : unit.Stage, unit.Track));
        }

        return [.. units];
    }

    /// <summary>Reads the marks of one unit (of a pooled unit as percentages of each criterion's scale).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="key">The unit.</param>
    /// <returns>The unit's marks with dense indices.</returns>
    public static UnitData Read(DuckDBConnection connection, UnitKey key)
    {
        var rows = new List<MarkRow>();
        foreach (var mark in AnalysisReader.Marks(connection, key.Season, key.Track, key.IsPooled ? null : key.Stage))
        {
            rows.Add(key.IsPooled ? mark with { Criterion = $"{mark.Stage}:{mark.Criterion}" } : mark);
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
        var names = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var row in AnalysisReader.CriterionNames(connection, season))
        {
            var name = (row.NameZh, row.NameEn);
            names[row.Criterion] = name;
            names[$"{row.Stage}:{row.Criterion}"] = name;
        }

        return names;
    }

    /// <summary>
    /// A pooled unit puts the stages' scales side by side (0-100, 1-10, 0-25): each mark with a known scale becomes a
    /// percentage of it, so that one judge effect (and one drift, one practical threshold) means the same in every stage.
    /// </summary>
    private static MarkRow Percent(MarkRow mark) =>
        double.IsNaN(mark.Min) || double.IsNaN(mark.Max) || !(mark.Max > mark.Min)
            ? mark
            : mark with { Score = 100 * (mark.Score - mark.Min) / (mark.Max - mark.Min), Min = 0, Max = 100 };

    private static UnitData Index(UnitKey key, List<MarkRow> rows)
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
}
