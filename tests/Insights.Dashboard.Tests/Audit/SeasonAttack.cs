namespace Insights.Dashboard.Tests.Audit;

/// <summary>
/// The attacker's model of a season's public tables, built from the published tables alone (their paths, labels and
/// values) and the award list: every team has one project (the notice's rule, checked on the test seasons), so the
/// finest cells are teams by problem statement (which fixes the track) × city × unit type of the lead unit, and
/// every participation count is a sum of them; registration weeks are counted separately, tied to the rest by their
/// total (teams without a registration date fill the difference).
/// </summary>
/// <remarks>
/// Weeks are not crossed with the other dimensions because no table crosses them: the counts by week and the counts
/// by problem × city × unit type can always be joined into a full cross-classification with the same margins
/// (proportionally, in the linear relaxation), so crossing them would change no interval. The award tables are left
/// out: they are public by the notice, and the award list behind them is given as side knowledge instead (each
/// awarded project's track, city and unit type are public, so each such cell is at least the number of awarded teams in it).
/// </remarks>
public static class SeasonAttack
{
    /// <summary>The label of values outside the reference data.</summary>
    public const string Other = "其他";

    /// <summary>Builds the linear program of the attack.</summary>
    /// <param name="tables">The published tables of the season (<see cref="PublishedOutputs.Tables"/>).</param>
    /// <param name="season">The season.</param>
    /// <param name="awarded">The award list.</param>
    /// <returns>The audit, ready to run.</returns>
    public static LinearAudit Build(IReadOnlyDictionary<string, PublishedTable> tables, string season, IEnumerable<AwardedTeam> awarded)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(awarded);
        var root = $"data/{season}/";
        var all = tables.Values.Where(t => t.Path.StartsWith(root, StringComparison.Ordinal) && t.Name != "awards").ToList();
        List<string> Labels(string name) => [.. all.Where(t => t.Name == name).SelectMany(t => t.Rows.SkipLast(1).Select(r => Key(t, r))).Distinct().Order(StringComparer.Ordinal)];
        var problems = Labels("by-problem");
        var cities = Labels("by-city");
        var types = Labels("by-unit-type");
        var weeks = Labels("by-week");

        var audit = new LinearAudit();
        var x = new Dictionary<(string Problem, string City, string Type), int>();
        foreach (var p in problems)
        {
            foreach (var c in cities)
            {
                foreach (var u in types)
                {
                    x[(p, c, u)] = audit.Variable($"{p}|{c}|{u}");
                }
            }
        }

        var w = weeks.ToDictionary(week => week, week => audit.Variable("week " + week), StringComparer.Ordinal);
        var undated = audit.Variable("teams without a registration date");

        // The cells of a (problem, city, unit type) filter.
        IEnumerable<int> Where(Func<(string Problem, string City, string Type), bool> filter) => x.Where(e => filter(e.Key)).Select(e => e.Value);
        static string TrackOf(string problem) => problem.Split('-')[0];

        foreach (var table in all)
        {
            var inTrack = table.Track is { } track ? (Func<string, bool>)(p => TrackOf(p) == track) : _ => true;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var label = Key(table, table.Rows[r]);
                var total = r == table.Rows.Count - 1;
                IEnumerable<int> sum = table.Name switch
                {
                    "by-week" => total ? w.Values : [w[label]],
                    _ when total => Where(k => inTrack(k.Problem)),
                    "by-track" => Where(k => TrackOf(k.Problem) == label),
                    "by-problem" => Where(k => k.Problem == label && inTrack(k.Problem)),
                    "by-city" => Where(k => k.City == label && inTrack(k.Problem)),
                    "by-unit-type" => Where(k => k.Type == label && inTrack(k.Problem)),
                    _ => throw new InvalidOperationException($"no model for {table.Path}"),
                };
                audit.Published($"{table.Path}[{table.Rows[r]}]", sum, table.Values[r, 0]);
            }
        }

        // Every team is counted once in the weeks or among those without a date.
        audit.Balance(w.Values.Append(undated), x.Values);
        foreach (var group in awarded.GroupBy(a => (a.Track, City: cities.Contains(a.City) ? a.City : Other, Type: types.Contains(a.UnitType) ? a.UnitType : Other)))
        {
            var cells = Where(k => TrackOf(k.Problem) == group.Key.Track && k.City == group.Key.City && k.Type == group.Key.Type).ToList();
            if (cells.Count > 0)
            {
                audit.AtLeast(cells, group.Count());
            }
        }

        return audit;
    }

    /// <summary>The key of a row label: a problem's code (its label is "T01-P01 title"), any other label as is.</summary>
    private static string Key(PublishedTable table, string label) => table.Name == "by-problem" ? label.Split(' ')[0] : label;
}
