#:project Support/Insights.Notebooks.csproj
// Participation of the division: who entered, in which tracks, from which cities and kinds of unit.
// Run: dotnet run --file notebooks/participation.cs -- [--warehouse data/warehouse.duckdb] [--out DIR] [--season 2024-JS]
using Insights.Notebooks;
using ScottPlot;
using static Insights.Notebooks.Notebook;

using var nb = Notebook.Start("participation", args);
var season = nb.Option("season")
    ?? nb.Scalar("select season from dim_project where is_registered group by season order by count(*) desc, season limit 1")
    ?? throw new InvalidOperationException("no registered projects in the warehouse");

nb.Write($"# 参赛情况 / Participation — {season}");
nb.Write("""
    **Question.** How many projects and teams entered the division, in which of the twelve tracks, and from which
    cities and kinds of unit (enterprise, public institution, research institute, university)? This is the
    organizer's internal view: counts only, no names of persons, so no small-cell suppression is applied.

    *问题：本分赛有多少项目和团队参赛？分布在哪些赛道、哪些城市、哪类单位？（内部统计，只含计数，不含个人信息。）*
    """);

var tracks = nb.Query("""
    select t.track_code, t.name_zh, t.name_en,
           count(distinct p.project_id) as projects, count(distinct p.team_id) as teams
    from dim_track t
    left join dim_project p on p.season = t.season and p.track_code = t.track_code and p.is_registered
    where t.season = $season
    group by all order by t.track_code
    """, ("season", season));
var totals = nb.Query("""
    select count(distinct project_id) as projects, count(distinct team_id) as teams
    from dim_project where season = $season and is_registered
    """, ("season", season))[0];
nb.Write($"## 赛道 / Tracks\n\n{totals.L("projects")} projects from {totals.L("teams")} teams were registered in {tracks.Count} tracks.");
nb.Table(["track", "赛道", "name", "projects", "teams"],
    tracks.Select(r => (IReadOnlyList<string>)[r.S("track_code"), r.S("name_zh"), r.S("name_en"), r.L("projects").ToString(Inv), r.L("teams").ToString(Inv)]));

var plot = new Plot();
var bars = plot.Add.Bars(tracks.Select(r => (double)r.L("projects")).ToArray());
bars.Color = new Color(11, 79, 138);
plot.Axes.Bottom.SetTicks(Enumerable.Range(0, tracks.Count).Select(i => (double)i).ToArray(), tracks.Select(r => r.S("track_code")).ToArray());
plot.Axes.Margins(bottom: 0);
plot.Title("各赛道项目数 / Projects per track");
plot.XLabel("赛道 / track");
plot.YLabel("项目数 / projects");
nb.Figure(plot, "projects-per-track", "各赛道项目数 / Projects per track");

// The lead unit of each team stands for the team: its city and its kind.
const string TeamUnits = """
    with teams as (
        select distinct p.team_id, u.city, u.unit_type
        from dim_project p
        join dim_team t on t.season = p.season and t.team_id = p.team_id
        left join dim_unit u on u.season = t.season and u.credit_code = upper(t.lead_credit_code)
        where p.season = $season and p.is_registered)
    """;
var cities = nb.Query(TeamUnits + """
    select coalesce(city, '(unknown)') as city, count(*) as teams from teams group by all order by teams desc, city
    """, ("season", season));
nb.Write("## 城市 / Cities\n\nTeams by the city of their lead unit (牵头单位所在城市).");
nb.Table(["city / 城市", "teams / 团队", "share"],
    cities.Select(r => (IReadOnlyList<string>)[r.S("city"), r.L("teams").ToString(Inv), F(100.0 * r.L("teams") / Math.Max(1, totals.L("teams")), "0.0") + " %"]));

var cityPlot = new Plot();
var top = cities.Take(15).ToList();
var cityBars = cityPlot.Add.Bars(top.Select(r => (double)r.L("teams")).ToArray());
cityBars.Color = new Color(30, 120, 90);
cityPlot.Axes.Bottom.SetTicks(Enumerable.Range(0, top.Count).Select(i => (double)i).ToArray(), top.Select(r => r.S("city")).ToArray());
cityPlot.Axes.Margins(bottom: 0);
cityPlot.Title("各城市团队数 / Teams per city");
cityPlot.XLabel("城市 / city");
cityPlot.YLabel("团队数 / teams");
nb.Figure(cityPlot, "teams-per-city", "各城市团队数（牵头单位）/ Teams per city of the lead unit");

var types = nb.Query(TeamUnits + """
    select coalesce(unit_type, '(unknown)') as unit_type, count(*) as teams from teams group by all order by teams desc, unit_type
    """, ("season", season));
var typeNames = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["enterprise"] = "企业",
    ["public_institution"] = "事业单位",
    ["research_institute"] = "科研院所",
    ["university"] = "高校",
};
nb.Write("## 单位类型 / Unit types\n\nTeams by the kind of their lead unit; and every unit (lead or partner) by kind.");
var units = nb.Query("""
    select unit_type, count(*) as units, sum(n_teams_led) as led, sum(n_teams_partner) as partner
    from dim_unit where season = $season group by all order by units desc, unit_type
    """, ("season", season)).ToDictionary(r => r.S("unit_type"));
nb.Table(["unit type", "类型", "teams led / 牵头团队", "units / 单位", "partner roles / 参与"],
    types.Select(r => (IReadOnlyList<string>)[
        r.S("unit_type"), typeNames.GetValueOrDefault(r.S("unit_type"), ""), r.L("teams").ToString(Inv),
        units.TryGetValue(r.S("unit_type"), out var u) ? u.L("units").ToString(Inv) : "–",
        units.TryGetValue(r.S("unit_type"), out var p) ? p.L("partner").ToString(Inv) : "–"]));

nb.Write("""
    ## 读法 / Reading

    Counts are of registered projects (`dim_project.is_registered`); projects seen only in outside score data are
    left out. A team's city and kind are those of its lead unit, so partner units in other cities are not counted
    there. Unknown cities or kinds are lead units whose credit code did not match a registered unit.
    """);
nb.Save();

internal static partial class Program
{
    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
