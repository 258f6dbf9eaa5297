#:project Support/Insights.Notebooks.csproj
// Comparing two tracks: score distributions per stage, panel reliability, severity spread, findings.
// Run: dotnet run --file notebooks/compare-tracks.cs -- [--tracks T01,T05] [--warehouse PATH] [--out DIR] [--season S]
using System.Globalization;
using Insights.Notebooks;
using ScottPlot;
using static Insights.Notebooks.Notebook;

using var nb = Notebook.Start("compare-tracks", args);
var tracks = (nb.Option("tracks") ?? "T01,T05").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
if (tracks.Length != 2)
{
    throw new ArgumentException("--tracks takes two track codes, e.g. T01,T05");
}

var season = nb.Option("season")
    ?? nb.Scalar("select season from analytics_project group by season order by count(*) desc, season limit 1")
    ?? throw new InvalidOperationException("the warehouse holds no analysis (run ./insights analyze)");
(string Name, object? Value)[] p = [("season", season), ("a", tracks[0]), ("b", tracks[1])];
var inv = CultureInfo.InvariantCulture;

nb.Write($"# 赛道对比 / Comparing {tracks[0]} and {tracks[1]} — {season}");
nb.Write("""
    **Question.** Are the two tracks judged alike? We compare how their projects scored in each stage, how well
    their panels agree (reliability), how far their judges' severities spread, and what the analytics flagged.
    Tracks differ in their projects, so different score levels alone are no sign of unfair judging; the panels'
    agreement and the judges' spread are what should be alike.

    *问题：两个赛道的评审是否同样一致？比较各阶段得分分布、评审组信度、评委宽严差异和分析发现。*
    """);

var stages = nb.Query("""
    select stage, min(case stage when 'preliminary_written' then 1 when 'preliminary_onsite' then 2 when 'final_roadshow' then 3 else 4 end) as o
    from analytics_project where season = $season and track_code in ($a, $b) group by stage order by o, stage
    """, p);

nb.Write("## 得分分布 / Score distributions per stage\n\nEach project's raw mean (the mean of its judges' weighted totals), per stage.");
nb.Table(["stage", "track", "projects", "min", "Q1", "median", "Q3", "max", "mean fair − raw"],
    nb.Query("""
        select stage, track_code, count(*) as n, min(raw_mean) as mn, quantile_cont(raw_mean, 0.25) as q1, median(raw_mean) as md,
               quantile_cont(raw_mean, 0.75) as q3, max(raw_mean) as mx, avg(fair_score - raw_mean) as adj
        from analytics_project where season = $season and track_code in ($a, $b)
        group by stage, track_code order by case stage when 'preliminary_written' then 1 when 'preliminary_onsite' then 2 else 3 end, track_code
        """, p).Select(r => (IReadOnlyList<string>)[r.S("stage"), r.S("track_code"), r.L("n").ToString(inv), F(r.D("mn")), F(r.D("q1")), F(r.D("md")), F(r.D("q3")), F(r.D("mx")), F(r.D("adj"))]));

foreach (var stage in stages.Select(s => s.S("stage")))
{
    var plot = new Plot();
    Color[] colors = [new(11, 79, 138), new(214, 96, 40)];
    for (var t = 0; t < 2; t++)
    {
        var ys = nb.Query("select raw_mean from analytics_project where season = $season and stage = $stage and track_code = $t and raw_mean is not null order by raw_mean",
            ("season", season), ("stage", stage), ("t", tracks[t])).Select(r => r.D("raw_mean")).ToArray();
        // A strip plot: a deterministic jitter spreads the projects sideways.
        var xs = ys.Select((_, i) => t + (((i * 37) % 17) - 8) / 40.0).ToArray();
        var m = plot.Add.Markers(xs, ys);
        m.Color = colors[t].WithAlpha(0.7);
        m.MarkerSize = 6;
        m.LegendText = $"{tracks[t]} (n = {ys.Length})";
    }

    plot.Axes.Bottom.SetTicks([0, 1], [tracks[0], tracks[1]]);
    plot.Title($"{stage}: 项目原始均分 / raw mean per project");
    plot.XLabel("赛道 / track");
    plot.YLabel("原始均分 / raw mean");
    plot.ShowLegend(Alignment.UpperCenter);
    nb.Figure(plot, $"scores-{stage}", $"{stage}: 两赛道项目得分 / project scores of {tracks[0]} and {tracks[1]}", 640, 380);
}

nb.Write("""
    ## 信度 / Panel reliability

    ICC(2,k): the reliability of a panel's mean mark; ICC(2,1): of one judge's mark; Kendall's W: agreement of the
    judges' orders (complete panels only); Krippendorff's α (interval). Values near 1 mean the panel ranks alike.
    """);
nb.Table(["stage", "track", "panel", "judges", "projects", "ICC(2,1)", "ICC(2,k)", "W", "α"],
    nb.Query("""
        select * from analytics_panel where season = $season and track_code in ($a, $b)
        order by case stage when 'preliminary_written' then 1 when 'preliminary_onsite' then 2 else 3 end, track_code, panel_id
        """, p).Select(r => (IReadOnlyList<string>)[r.S("stage"), r.S("track_code"), r.S("panel_id"), r.L("n_judges").ToString(inv), r.L("n_projects").ToString(inv),
            F(r.D("icc2")), F(r.D("icc2k")), F(r.D("kendall_w")), F(r.D("kripp_alpha"))]));

nb.Write("""
    ## 宽严差异 / Severity spread

    A judge's severity is minus his random effect in `score ~ criterion + (1|project) + (1|judge)`, in points of a
    criterion mark (positive = harsher than the average judge). A wide spread makes the luck of the draw matter on
    sparse panels; beyond 1.96 SE means the data tell the judge apart from the average.
    """);
nb.Table(["stage", "track", "judges", "SD", "min", "max", "beyond 1.96 SE"],
    nb.Query("""
        select stage, track_code, count(*) as n, stddev_samp(severity) as sd, min(severity) as mn, max(severity) as mx,
               count(*) filter (where abs(severity) > 1.96 * severity_se) as beyond
        from analytics_judge where season = $season and track_code in ($a, $b)
        group by stage, track_code order by case stage when 'preliminary_written' then 1 when 'preliminary_onsite' then 2 else 3 end, track_code
        """, p).Select(r => (IReadOnlyList<string>)[r.S("stage"), r.S("track_code"), r.L("n").ToString(inv), F(r.D("sd")), F(r.D("mn")), F(r.D("mx")), r.L("beyond").ToString(inv)]));

nb.Write("## 分析发现 / Findings\n\nThe analytics' findings by kind and level (see docs/analytics.md for each kind).");
nb.Table(["kind", "level", tracks[0], tracks[1]],
    nb.Query("""
        select kind, level, count(*) filter (where track_code = $a) as a, count(*) filter (where track_code = $b) as b
        from analytics_finding where season = $season and track_code in ($a, $b) group by all order by kind, level
        """, p).Select(r => (IReadOnlyList<string>)[r.S("kind"), r.S("level"), r.L("a").ToString(inv), r.L("b").ToString(inv)]));

nb.Write("""
    ## 注意 / Caveats

    Raw means are weighted totals (Σ weight × mark) of each stage's own rubric, and each stage sees other
    projects (the written review all of them, the on-site review the short list, the final the finalists): compare
    tracks within a stage, not stages. Small tracks have few judges, so their spread and
    reliability are uncertain; a panel's ICC on a handful of projects can swing widely.
    """);
nb.Save();
