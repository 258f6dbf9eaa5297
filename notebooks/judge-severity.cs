#:project Support/Insights.Notebooks.csproj
// A judge's severity explained: his marks against the other judges' on the same projects, and the model's estimate.
// Run: dotnet run --file notebooks/judge-severity.cs -- [--judge ID] [--stage S] [--track T] [--warehouse PATH] [--out DIR]
using System.Globalization;
using Insights.Notebooks;
using ScottPlot;
using static Insights.Notebooks.Notebook;

using var nb = Notebook.Start("judge-severity", args);
var inv = CultureInfo.InvariantCulture;

// The judge's unit: the one given, else the judge (and unit) with the largest |severity|.
var unit = nb.Query("""
    select season, stage, track_code, judge_id, severity, severity_se, n_projects, n_scores, mean_score, flags
    from analytics_judge
    where severity is not null and ($judge is null or judge_id = $judge) and ($stage is null or stage = $stage) and ($track is null or track_code = $track)
    order by abs(severity) desc, season, stage, track_code, judge_id limit 1
    """, ("judge", nb.Option("judge")), ("stage", nb.Option("stage")), ("track", nb.Option("track")));
if (unit is not [var j])
{
    throw new InvalidOperationException("no severity estimate for that judge (is the warehouse analysed?)");
}

var (season, stage, track, judge) = (j.S("season"), j.S("stage"), j.S("track_code"), j.S("judge_id"));
(string Name, object? Value)[] p = [("season", season), ("stage", stage), ("track", track), ("judge", judge)];
var sev = j.D("severity");
var se = j.D("severity_se");

nb.Write($"# 评委宽严 / The severity of judge {judge} — {season} {track} {stage}");
nb.Write($"""
    **Question.** The analytics estimate judge {judge}'s severity in {track}'s {stage} at **{F(sev)}** points
    (positive = harsher than the average judge of the unit). Where does that number come from, how sure is it, and
    what does it mean for the projects he scored?

    *问题：评委 {judge} 的宽严度估计为 {F(sev)} 分（正值＝偏严）。这一数字从何而来、有多可靠、对其所评项目意味着什么？*
    """);

// Per project: the judge's mean criterion mark against the other judges' mean criterion mark on the same project.
var projects = nb.Query("""
    with marks as (
        select project_id, judge_id, avg(score) as mark
        from fact_score where season = $season and stage = $stage and track_code = $track group by all)
    select m.project_id, m.mark as own, avg(o.mark) as others, count(o.judge_id) as n_others
    from marks m join marks o on o.project_id = m.project_id and o.judge_id <> m.judge_id
    where m.judge_id = $judge group by all order by m.project_id
    """, p);
var diffs = projects.Select(r => r.D("own") - r.D("others")).ToArray();
var meanDiff = diffs.Length > 0 ? diffs.Average() : double.NaN;

nb.Write($"""
    ## 与同项目其他评委比较 / Against the other judges on the same projects

    {judge} scored {j.L("n_projects")} projects ({j.L("n_scores")} marks). On the {projects.Count} projects other judges
    also scored, his mean criterion mark was on average **{F(meanDiff)}** points from theirs
    ({diffs.Count(d => d < 0)} projects below, {diffs.Count(d => d > 0)} above).
    """);

var plot = new Plot();
var xs = projects.Select(r => r.D("others")).ToArray();
var ys = projects.Select(r => r.D("own")).ToArray();
if (xs.Length > 0)
{
    var m = plot.Add.Markers(xs, ys);
    m.Color = new Color(11, 79, 138);
    m.MarkerSize = 7;
    m.LegendText = $"{judge}";
    var lo = Math.Min(xs.Min(), ys.Min());
    var hi = Math.Max(xs.Max(), ys.Max());
    var line = plot.Add.Line(lo, lo, hi, hi);
    line.LineColor = Colors.Gray;
    line.LinePattern = LinePattern.Dashed;
    line.LegendText = "同分线 / same mark";
    plot.ShowLegend();
}

plot.Title($"{judge} 与其他评委 / against the other judges");
plot.XLabel("其他评委平均分 / other judges' mean mark");
plot.YLabel($"{judge} 的评分 / his mark");
nb.Figure(plot, "marks-vs-others", $"每点一个项目：横轴为其他评委的平均分，纵轴为 {judge} 的评分 / one dot per project", 640, 480);

nb.Table(["project", $"{judge}", "others' mean", "others", "difference"],
    projects.OrderBy(r => r.D("own") - r.D("others")).Take(15).Select(r => (IReadOnlyList<string>)[
        r.S("project_id"), F(r.D("own")), F(r.D("others")), r.L("n_others").ToString(inv), F(r.D("own") - r.D("others"))]));

var others = nb.Query("""
    select count(*) as n, stddev_samp(severity) as sd
    from analytics_judge where season = $season and stage = $stage and track_code = $track
    """, ("season", season), ("stage", stage), ("track", track));
nb.Write($"""
    ## 模型估计 / The model's estimate

    | | |
    |---|---|
    | severity | {F(sev)} points |
    | standard error | {F(se)} |
    | 95 % interval | {F(sev - 1.96 * se)} to {F(sev + 1.96 * se)} |
    | judges in the unit | {(others is [var o, ..] ? o.L("n").ToString(inv) + ", SD of severities " + F(o.D("sd")) : "–")} |
    | findings naming him | {(j.S("flags") is { Length: > 0 } f ? f : "none")} |

    The estimate comes from the mixed model `score ~ criterion + (1|project) + (1|judge)`: a project's level is
    estimated from all its judges, so a judge who scores only strong projects is not called lenient for it. The raw
    difference above ignores that and is not shrunk; the model's estimate is shrunk towards 0 when he scored few
    projects, which is why the two can differ. See docs/methods/severity.md.

    ## 含义 / What it means

    {(Math.Abs(sev) > 1.96 * se
        ? $"The interval excludes 0: {judge} is {(sev > 0 ? "harsher" : "more lenient")} than the unit's average judge, by about {F(Math.Abs(sev))} points per criterion mark. Projects he scored got {(sev > 0 ? "less" : "more")} than their panel would otherwise give; the fair score (analytics_project.fair_score) adds his severity back."
        : $"The interval includes 0: the data do not tell {judge} apart from the average judge of the unit.")}
    A severity is a trait of the judge in this unit only, not a judgement of his honesty: harsh and lenient judges
    are common and harmless on complete panels, where every project meets them alike.
    """);
nb.Save();
