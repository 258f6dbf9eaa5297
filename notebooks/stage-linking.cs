#:project Support/Insights.Notebooks.csproj
// Linking the preliminary and the final panels through the finalists.
// Run: dotnet run --file notebooks/stage-linking.cs -- [--warehouse PATH] [--out DIR] [--season S]
using System.Globalization;
using Insights.Notebooks;
using ScottPlot;
using static Insights.Notebooks.Notebook;

using var nb = Notebook.Start("stage-linking", args);
var inv = CultureInfo.InvariantCulture;
var season = nb.Option("season")
    ?? nb.Scalar("select season from analytics_project where stage = 'final_roadshow' group by season order by count(*) desc, season limit 1")
    ?? throw new InvalidOperationException("the warehouse holds no analysed final roadshow");

nb.Write($"# 阶段衔接 / Linking the preliminary and the final panels — {season}");
nb.Write("""
    **Question.** The preliminary panels (written, then on-site review) and the final roadshow panel are different
    judges (notice 三（七）). Do they agree on the finalists? The finalists are the only projects both saw, so they
    are the link: we compare their on-site scores with their final scores per track (Spearman's ρ), count judges
    who sat on both panels, and list the analytics' linking findings.

    *问题：初赛与决赛由不同评委评审。两者对决赛项目的判断是否一致？以决赛项目为纽带，比较其初赛现场评审与决赛路演得分。*
    """);

// Each finalist's preliminary score: the on-site review, else the written one.
const string Linked = """
    with fin as (select track_code, project_id, raw_mean as final from analytics_project where season = $season and stage = 'final_roadshow'),
    pre as (select track_code, project_id, raw_mean as pre, stage,
                   row_number() over (partition by track_code, project_id order by case stage when 'preliminary_onsite' then 1 else 2 end) as k
            from analytics_project where season = $season and stage in ('preliminary_onsite', 'preliminary_written')),
    linked as (select fin.track_code, fin.project_id, pre.stage, pre.pre, fin.final,
                      rank() over (partition by fin.track_code order by pre.pre) as r_pre,
                      rank() over (partition by fin.track_code order by fin.final) as r_fin
               from fin join pre on pre.track_code = fin.track_code and pre.project_id = fin.project_id and pre.k = 1)
    """;
var links = nb.Query(Linked + """
    select track_code, any_value(stage) as pre_stage, count(*) as n, corr(r_pre, r_fin) as rho,
           min(pre) as pre_min, max(pre) as pre_max
    from linked group by track_code order by track_code
    """, ("season", season));
var overlaps = nb.Query("""
    select f.track_code, count(distinct f.judge_id) as final_judges,
           count(distinct f.judge_id) filter (where exists (select 1 from fact_score p where p.season = f.season and p.track_code = f.track_code
                and p.stage <> 'final_roadshow' and p.judge_id = f.judge_id)) as on_both
    from fact_score f where f.season = $season and f.stage = 'final_roadshow' group by f.track_code
    """, ("season", season)).ToDictionary(r => r.S("track_code"));

nb.Write("## 各赛道 / Per track\n\nρ: Spearman's rank correlation of the finalists' preliminary and final scores (tied scores share the lower rank).");
nb.Table(["track", "preliminary stage", "finalists", "Spearman ρ", "preliminary range", "final judges", "also preliminary"],
    links.Select(r => (IReadOnlyList<string>)[r.S("track_code"), r.S("pre_stage"), r.L("n").ToString(inv), F(r.D("rho")),
        $"{F(r.D("pre_min"))}–{F(r.D("pre_max"))}",
        overlaps.TryGetValue(r.S("track_code"), out var o) ? o.L("final_judges").ToString(inv) : "–",
        overlaps.TryGetValue(r.S("track_code"), out var q) ? q.L("on_both").ToString(inv) : "–"]));

// Within-track ranks as percentiles, so that every track's finalists fit one figure.
var points = nb.Query(Linked + """
    select track_code, project_id, (r_pre - 0.5) / count(*) over (partition by track_code) as x,
           (r_fin - 0.5) / count(*) over (partition by track_code) as y
    from linked order by track_code, project_id
    """, ("season", season));
var plot = new Plot();
var palette = new ScottPlot.Palettes.Category10();
var i = 0;
foreach (var g in points.GroupBy(r => r.S("track_code")))
{
    var m = plot.Add.Markers(g.Select(r => r.D("x")).ToArray(), g.Select(r => r.D("y")).ToArray());
    m.Color = palette.GetColor(i++);
    m.MarkerSize = 7;
    m.LegendText = g.Key;
}

var diagonal = plot.Add.Line(0, 0, 1, 1);
diagonal.LineColor = Colors.Gray;
diagonal.LinePattern = LinePattern.Dashed;
plot.ShowLegend(Edge.Right);
plot.Title("决赛项目：初赛名次 vs 决赛名次 / finalists' ranks");
plot.XLabel("初赛名次百分位 / preliminary rank percentile");
plot.YLabel("决赛名次百分位 / final rank percentile");
nb.Figure(plot, "finalists-ranks", "决赛项目在初赛与决赛中的赛道内名次（百分位，越大越好）/ within-track rank percentiles, higher is better", 760, 480);

nb.Write("## 分析发现 / Linking findings\n\npanel_overlap: a judge on both panels of a track; weak_stage_link: fewer than 5 finalists link the stages; rank_reversal: finalists whose order reverses beyond both stages' noise; disconnected: a stage's judge-project graph falls apart.");
nb.Table(["kind", "level", "track", "stage", "judge", "project(s)", "statistic"],
    nb.Query("""
        select kind, level, track_code, stage, judge_id, project_id, statistic from analytics_finding
        where season = $season and kind in ('panel_overlap', 'weak_stage_link', 'rank_reversal', 'disconnected')
        order by kind, track_code, stage, judge_id, project_id
        """, ("season", season)).Select(r => (IReadOnlyList<string>)[r.S("kind"), r.S("level"), r.S("track_code"), r.S("stage"), r.S("judge_id"), r.S("project_id"), F(r.D("statistic"))]));

nb.Write("""
    ## 注意 / Caveats

    - **Restricted range.** Finalists are the top of the preliminary ranking, so their preliminary scores span a
      narrow range and a low ρ is expected even when both panels judge alike: range restriction attenuates any
      correlation. A ρ near 0 among 6-8 finalists is no evidence of disagreement; a clearly negative one is worth a look.
    - **Few points.** With 6-8 finalists per track, ρ's sampling error is about ±0.4; read the tracks together.
    - **Different rubrics.** The on-site review marks 1-10 per criterion, the roadshow 0-25/15/10 and drops each
      project's highest and lowest total: ranks, not points, are comparable.
    - A judge on both panels breaks the notice's rule and also makes the stages look more alike than they are.
    """);
nb.Save();
