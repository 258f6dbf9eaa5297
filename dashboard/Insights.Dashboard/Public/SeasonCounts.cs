using Insights.Dashboard.Suppression;

namespace Insights.Dashboard.Public;

/// <summary>
/// A season's public participation counts as one <see cref="CountModel"/>. The finest counts are teams per track ×
/// city and per track × unit type (two-way tables whose row totals are the tracks' teams and whose column totals are
/// the season's teams per city and per unit type), projects per track × problem statement, and teams per registration
/// week; every table the public sees is laid out over them (<see cref="TableLayout"/>), so a number shown in two
/// tables is one count. Where the data keep the notice's rules (one project per team) the season's tables are exactly
/// the sums of the tracks'; where they do not, the difference is a known offset (<see cref="CountLine"/>). The award
/// list, public by the notice, gives each track × city and track × unit type count a lower bound: the awarded teams in it.
/// </summary>
internal sealed class SeasonCounts
{
    private SeasonCounts(CountModel model)
    {
        Model = model;
    }

    /// <summary>The counts and their relations.</summary>
    public CountModel Model { get; }

    /// <summary>Projects per track.</summary>
    public TableLayout ByTrack { get; private set; } = null!;

    /// <summary>Projects per problem statement.</summary>
    public TableLayout ByProblem { get; private set; } = null!;

    /// <summary>Teams per city of the lead unit.</summary>
    public TableLayout ByCity { get; private set; } = null!;

    /// <summary>Teams per type of the lead unit.</summary>
    public TableLayout ByUnitType { get; private set; } = null!;

    /// <summary>Teams per registration week.</summary>
    public TableLayout ByWeek { get; private set; } = null!;

    /// <summary>Each track's tables: projects per problem, teams per city, teams per unit type.</summary>
    public IReadOnlyDictionary<string, (TableLayout ByProblem, TableLayout ByCity, TableLayout ByUnitType)> Tracks { get; private set; } = null!;

    /// <summary>Lays out a season's counts.</summary>
    /// <param name="tracks">The season's track codes, in order.</param>
    /// <param name="data">The season's records.</param>
    /// <param name="referenceCities">The reference cities' names (the rows of the city tables, <see cref="PublicLabels.Other"/> added when used).</param>
    /// <returns>The counts.</returns>
    public static SeasonCounts Build(IReadOnlyList<string> tracks, SeasonMicrodata data, IReadOnlyList<string> referenceCities)
    {
        var model = new CountModel();
        var counts = new SeasonCounts(model);
        var cities = data.Teams.Any(t => t.City == PublicLabels.Other) ? [.. referenceCities, PublicLabels.Other] : referenceCities;
        var types = data.Teams.Any(t => t.UnitType == PublicLabels.Other) ? [.. PublicLabels.UnitTypes, PublicLabels.Other] : PublicLabels.UnitTypes;
        var teams = data.Teams.ToDictionary(t => t.Id, StringComparer.Ordinal);
        // The teams with a registered project in each track (a team of two tracks is in both).
        var members = tracks.Select(t => data.Projects.Where(p => p.Track == t && p.TeamId is not null && teams.ContainsKey(p.TeamId))
            .Select(p => teams[p.TeamId!]).Distinct().ToList()).ToList();
        var awarded = data.Awards.Select(a => a.ProjectId).ToHashSet(StringComparer.Ordinal);

        var trackTeams = members.Select(m => model.Add(m.Count)).ToArray();
        var gridTotal = model.Add(members.Sum(m => m.Count));
        var byCity = Grid(model, trackTeams, gridTotal, cities, members, t => t.City);
        var byType = Grid(model, trackTeams, gridTotal, types, members, t => t.UnitType);
        for (var t = 0; t < tracks.Count; t++)
        {
            // Public by the notice: each awarded project's track, lead unit (so its city and type) are announced.
            var winners = data.Projects.Where(p => p.Track == tracks[t] && awarded.Contains(p.Id) && p.TeamId is not null && teams.ContainsKey(p.TeamId))
                .Select(p => teams[p.TeamId!]).Distinct().ToList();
            for (var c = 0; c < cities.Count; c++)
            {
                model.AtLeast(byCity.Cells[t, c], winners.Count(w => w.City == cities[c]));
            }

            for (var u = 0; u < types.Count; u++)
            {
                model.AtLeast(byType.Cells[t, u], winners.Count(w => w.UnitType == types[u]));
            }
        }

        // The season's teams: per city and per unit type they are the grids' column totals when every team has one track.
        var allTeams = model.Same(gridTotal, data.Teams.Count);
        var cityCounts = cities.Select((c, i) => model.Same(byCity.ColumnTotals[i], data.Teams.Count(t => t.City == c))).ToList();
        var typeCounts = types.Select((u, i) => model.Same(byType.ColumnTotals[i], data.Teams.Count(t => t.UnitType == u))).ToList();
        model.Line(allTeams, cityCounts);
        model.Line(allTeams, typeCounts);
        counts.ByCity = TableLayout.Column(cities, "teams", cityCounts, allTeams);
        counts.ByUnitType = TableLayout.Column(types, "teams", typeCounts, allTeams);

        var weeks = data.Teams.Where(t => t.Week is not null).GroupBy(t => t.Week!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var weekCounts = weeks.Select(g => model.Add(g.Count())).ToList();
        var dated = model.Same(allTeams, weeks.Sum(g => g.Count()));
        model.Line(dated, weekCounts);
        counts.ByWeek = TableLayout.Column([.. weeks.Select(g => g.Key)], "teams", weekCounts, dated);

        // Projects: per track the same count as its teams when each team has one project there.
        var trackProjects = tracks.Select((t, i) => model.Same(trackTeams[i], data.Projects.Count(p => p.Track == t))).ToList();
        var projects = model.Same(gridTotal, trackProjects.Sum(model.Value));
        model.Line(projects, trackProjects);
        counts.ByTrack = TableLayout.Column(tracks, "projects", trackProjects, projects);

        var trackTables = new Dictionary<string, (TableLayout, TableLayout, TableLayout)>(StringComparer.Ordinal);
        var problemCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < tracks.Count; t++)
        {
            var own = data.Problems.Where(p => p.Track == tracks[t]).ToList();
            var cells = own.Select(p => model.Add(data.Projects.Count(x => x.Track == tracks[t] && x.Problem == p.Code))).ToList();
            var total = model.Same(trackProjects[t], cells.Sum(model.Value));
            model.Line(total, cells);
            for (var i = 0; i < own.Count; i++)
            {
                problemCounts[own[i].Code] = cells[i];
            }

            trackTables[tracks[t]] = (TableLayout.Column([.. own.Select(p => p.Label)], "projects", cells, total),
                Row(byCity, t, cities), Row(byType, t, types));
        }

        // The season's projects per problem statement, whatever track they were registered in.
        var seasonProblems = data.Problems.Select(p =>
        {
            var value = data.Projects.Count(x => x.Problem == p.Code);
            return problemCounts.TryGetValue(p.Code, out var id) ? model.Same(id, value) : model.Add(value);
        }).ToList();
        var problemTotal = model.Same(projects, seasonProblems.Sum(model.Value));
        model.Line(problemTotal, seasonProblems);
        counts.ByProblem = TableLayout.Column([.. data.Problems.Select(p => p.Label)], "projects", seasonProblems, problemTotal);
        counts.Tracks = trackTables;

        foreach (var id in new[] { counts.ByTrack, counts.ByProblem, counts.ByCity, counts.ByUnitType, counts.ByWeek }
            .Concat(trackTables.Values.SelectMany(v => new[] { v.Item1, v.Item2, v.Item3 })).SelectMany(l => l.Ids()))
        {
            model.Publish(id);
        }

        return counts;
    }

    /// <summary>Tracks × labels of the tracks' teams, its row totals the tracks' teams; added to the model.</summary>
    private static CountGrid Grid(CountModel model, int[] trackTeams, int total, IReadOnlyList<string> labels, List<List<TeamRecord>> members, Func<TeamRecord, string> label)
    {
        var cells = new int[trackTeams.Length, labels.Count];
        for (var t = 0; t < trackTeams.Length; t++)
        {
            for (var c = 0; c < labels.Count; c++)
            {
                cells[t, c] = model.Add(members[t].Count(m => label(m) == labels[c]));
            }
        }

        var columns = Enumerable.Range(0, labels.Count).Select(c => model.Add(Enumerable.Range(0, trackTeams.Length).Sum(t => model.Value(cells[t, c])))).ToArray();
        var grid = new CountGrid(cells, trackTeams, columns, total);
        model.Grid(grid);
        return grid;
    }

    /// <summary>One track's row of a grid as its own table (the total is the track's teams).</summary>
    private static TableLayout Row(CountGrid grid, int track, IReadOnlyList<string> labels) =>
        TableLayout.Column(labels, "teams", [.. Enumerable.Range(0, grid.Columns).Select(c => grid.Cells[track, c])], grid.RowTotals[track]);
}
