using DuckDB.NET.Data;
using Insights.Analytics.Pipeline;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Season;
using Insights.Analytics.Pipeline.Warehouse;
using Insights.Analytics.Tests.Support;
using Insights.Generator;

namespace Insights.Analytics.Tests.Pipeline;

/// <summary>
/// The contract of <c>insights analyze</c>'s output on a generated season (seed 7, 2,500 projects): the columns of
/// the five CSV files (power.csv included), byte-identical files for the same warehouse and seed (whatever the number of workers), a
/// different bootstrap for another seed, and the analytics rows of the warehouse replaced, not added, on a re-run.
/// </summary>
public sealed class AnalyzeFilesTests
{
    [Fact]
    public async Task Files_have_the_contract_columns()
    {
        var folder = await AnalyseAsync(AnalyzeOptions.DefaultSeed, parallelism: 2);
        Assert.Equal("season,stage,track,judge,n_scores,n_projects,mean_score,severity,severity_se,infit,outfit,flags,anomaly_score", Header(folder, "judges.csv"));
        Assert.Equal("season,stage,track,panel,n_judges,n_projects,n_scores,icc1,icc2,icc3,icc1k,icc2k,icc3k,kendall_w,kripp_alpha,var_project,var_judge,var_residual,k_raters",
            Header(folder, "panels.csv"));
        Assert.Equal("season,stage,track,project,n_judges,raw_mean,fair_score,rank_raw,rank_fair,p_award_tier,flip_judges,flip_mark_points,p_tier_fresh,p_award_fresh,tier,tier_fair,tier_standard,tier_published",
            Header(folder, "projects.csv"));
        Assert.Equal("season,stage,track,project,tier,flip_judges,judges_removed,tier_without_judges,max_removed,flip_mark_points,mark_judge,mark_project,mark_criterion,mark_from,mark_to,tier_after_mark,residual_sd",
            Header(folder, "margins.csv"));
        Assert.Equal("kind,level,season,stage,track,panel,judge,project,statistic,p_value,evidence_zh,evidence_en", Header(folder, "findings.csv"));
        Assert.Equal(
            "season,stage,track,facet,element,n_ratings,observed_average,fair_average,measure,se,infit,infit_zstd,outfit,outfit_zstd,extreme,separation,strata,reliability",
            Header(folder, "rasch.csv"));
        Assert.Equal("season,stage,track,judge,kind,status,n,mde,min_p,level,p", Header(folder, "power.csv"));
        // power.csv: every judge with an affiliated project is there with a status; a flagged one is a favoritism
        // finding, a clean one was tested (p) with a minimum detectable bonus within 10 % of the scale, and judges
        // below two affiliated projects are untestable, not silently left out.
        var rows = File.ReadAllLines(Path.Combine(folder, "power.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["central_tendency", "collusion", "drift", "favoritism", "halo", "inconsistent", "outlier_score", "severity"],
            rows.Select(r => r[4]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Contains(r[5], (string[])["flagged", "clean", "untestable"]));
        var power = rows.Where(r => r[4] == "favoritism").ToList();
        var findings = File.ReadAllLines(Path.Combine(folder, "findings.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var favoritism = findings.Where(f => f[0] == "favoritism").Select(f => (f[2], f[3], f[4], f[6])).ToHashSet();
        Assert.NotEmpty(power);
        // Each other test's rows: flagged = a finding of its kinds; clean = a minimum detectable effect within its
        // material size; untestable = not tested or above it. Severity: 15 % of the range (the on-site review's 1-10
        // units have untestable judges); drift: a change of 20 % over the judge's period; outliers: an error of half a
        // criterion's range in one mark.
        double Mde(string[] r) => double.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture);
        void Kind(string kind, string[] findingKinds, double material, bool untestableAbove)
        {
            var mine = rows.Where(r => r[4] == kind).ToList();
            Assert.Equal(findings.Where(f => findingKinds.Contains(f[0])).Select(f => (f[2], f[3], f[4], f[6])).ToHashSet(),
                mine.Where(r => r[5] == "flagged").Select(r => (r[0], r[1], r[2], r[3])).ToHashSet());
            Assert.All(mine.Where(r => r[5] == "clean"), r => Assert.True(Mde(r) <= material, string.Join(',', r)));
            if (untestableAbove)
            {
                Assert.All(mine.Where(r => r[5] == "untestable"), r => Assert.True(r[7] == "" || Mde(r) > material, string.Join(',', r)));
            }

            Assert.Contains(mine, r => r[5] == "clean");
        }

        Kind("severity", ["lenient", "harsh"], 15, untestableAbove: true);
        Kind("drift", ["drift"], 20, untestableAbove: true);
        Kind("outlier_score", ["outlier_score"], 50, untestableAbove: false);
        // Central tendency: compression of 60 %; inconsistent: residual SD ratio 2; halo: weight 80 %. Every judge of
        // a unit has one row of each (as many as the outlier rows, which every judge of a fitted unit has).
        Kind("central_tendency", ["central_tendency"], 60, untestableAbove: true);
        Kind("inconsistent", ["inconsistent"], 2, untestableAbove: true);
        Kind("halo", ["halo"], 80, untestableAbove: true);
        foreach (var kind in new[] { "central_tendency", "inconsistent", "halo", "collusion" })
        {
            Assert.Equal(rows.Where(r => r[4] == "outlier_score").Select(r => (r[0], r[1], r[2], r[3])).ToHashSet(),
                rows.Where(r => r[4] == kind).Select(r => (r[0], r[1], r[2], r[3])).ToHashSet());
        }

        // Collusion names pairs: a judge's row is flagged when a collusion finding names him; clean ones have a
        // residual correlation r* within 0.9 for every partner examined (n of them, at least one).
        var collusion = rows.Where(r => r[4] == "collusion").ToList();
        Assert.Equal(findings.Where(f => f[0] == "collusion").SelectMany(f => f[6].Split(';').Select(j => (f[2], f[3], f[4], j))).ToHashSet(),
            collusion.Where(r => r[5] == "flagged").Select(r => (r[0], r[1], r[2], r[3])).ToHashSet());
        Assert.All(collusion.Where(r => r[5] == "clean"), r => Assert.True(Mde(r) <= 0.9 && int.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture) >= 1, string.Join(',', r)));
        Assert.Contains(collusion, r => r[5] == "clean");
        Assert.Contains(collusion, r => r[5] == "untestable" && r[6] == "0");
        Assert.Equal(favoritism, power.Where(r => r[5] == "flagged").Select(r => (r[0], r[1], r[2], r[3])).ToHashSet());
        Assert.All(power.Where(r => r[5] == "clean"), r => Assert.NotEqual("", r[10]));
        Assert.All(power.Where(r => int.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture) < 2), r => Assert.Equal("untestable", r[5]));
        Assert.Contains(power, r => r[5] == "untestable" && r[6] == "1");
        // 12 tracks × 3 stages; every panel row has its variance components, and the written review's sparse panels
        // have ICCs too (psych's lmer route).
        var panels = File.ReadAllLines(Path.Combine(folder, "panels.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(36, panels.Select(p => (p[1], p[2])).Distinct().Count());
        Assert.All(panels, p => Assert.All(p[7..13].Concat(p[15..19]), cell => Assert.NotEqual("", cell)));

        // margins.csv: one row per project of every stage with a decision (the written and on-site reviews send projects
        // on, the final roadshow gives awards); its flip columns are projects.csv's. The written review's sparse groups
        // get the incomplete-design certificate: one judge removed at a time (max_removed 1).
        var projects = File.ReadAllLines(Path.Combine(folder, "projects.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var margins = File.ReadAllLines(Path.Combine(folder, "margins.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(projects.Count, margins.Count);
        Assert.Equal(projects.Select(p => (p[0], p[1], p[2], p[3], p[10], p[11])), margins.Select(m => (m[0], m[1], m[2], m[3], m[5], m[9])));
        Assert.All(margins.Where(m => m[1] == "preliminary_written"), m => Assert.Equal("1", m[8]));
        Assert.All(projects.Where(p => p[1] == "preliminary_written"), p => Assert.Contains(p[14], (string[])["advance", "none"]));
        // Every witness names as many judges as it says, and a mark change stays on the grid of integer marks.
        Assert.All(margins.Where(m => m[5] != ""), m => Assert.Equal(int.Parse(m[5], System.Globalization.CultureInfo.InvariantCulture), m[6].Split(';').Length));
        Assert.All(margins.Where(m => m[9] != ""), m => Assert.Equal(0, double.Parse(m[9], System.Globalization.CultureInfo.InvariantCulture) % 1));
        Assert.Contains(margins, m => m[1] == "final_roadshow" && m[5] == "1");

        // The "k" ICCs are for the judges a project had: the panel on complete panels, 3-5 judges (harmonic mean) in
        // the written review's groups, whose k ICCs are then below what the whole group's k would give.
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var p in panels)
        {
            var k = double.Parse(p[18], culture);
            if (p[13] == "")
            {
                Assert.InRange(k, 3, 5);
                Assert.True(k < int.Parse(p[4], culture), $"{p[0]}/{p[1]}/{p[2]}/{p[3]}: k_raters {k} of {p[4]} judges");
                Assert.Equal(p[10], p[11]); // icc1k = icc2k when every project has its own raters
            }
            else
            {
                Assert.Equal(double.Parse(p[4], culture), k);
            }
        }
    }

    [Fact]
    public async Task Rasch_file_holds_every_facet_of_the_ordinal_units()
    {
        var folder = await AnalyseAsync(AnalyzeOptions.DefaultSeed, parallelism: 2);
        var rasch = File.ReadAllLines(Path.Combine(folder, "rasch.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var judges = File.ReadAllLines(Path.Combine(folder, "judges.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var units = rasch.Select(r => (r[0], r[1], r[2])).Distinct().ToList();

        // The on-site review (integer marks 1-10, one scale) of each of the 12 tracks is ordinal; the written review
        // (0-100) and the final (0-25/15/10) are not.
        Assert.Equal(12, units.Count);
        Assert.Single(units.Select(u => u.Item2).Distinct());
        foreach (var unit in units)
        {
            var rows = rasch.Where(r => (r[0], r[1], r[2]) == unit).ToList();
            // A summary row per facet, with separation, strata and reliability; none on element rows.
            foreach (var facet in new[] { "project", "judge", "criterion" })
            {
                var summary = Assert.Single(rows, r => r[3] == facet && r[4] == "");
                Assert.All(summary[15..18], cell => Assert.NotEqual("", cell));
                Assert.All(rows.Where(r => r[3] == facet && r[4] != ""), r => Assert.All(r[15..18], cell => Assert.Equal("", cell)));
                Assert.All(rows.Where(r => r[3] == facet && r[4] != "" && r[14] == "0"), r => Assert.All(r[5..14], cell => Assert.NotEqual("", cell)));
            }

            // Every judge of judges.csv in the unit, once.
            Assert.Equal(
                judges.Where(j => (j[0], j[1], j[2]) == unit).Select(j => j[3]).Order(StringComparer.Ordinal),
                rows.Where(r => r[3] == "judge" && r[4] != "").Select(r => r[4]).Order(StringComparer.Ordinal));
            // Thresholds with their standard errors, in category order.
            var thresholds = rows.Where(r => r[3] == "threshold").ToList();
            Assert.True(thresholds.Count >= 2);
            Assert.All(thresholds, t => Assert.NotEqual("", t[9]));
            var categories = thresholds.Select(t => int.Parse(t[4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(categories.Order(), categories);
        }
    }

    [Fact]
    public async Task Same_seed_gives_byte_identical_files_and_another_seed_another_bootstrap()
    {
        var first = await AnalyseAsync(AnalyzeOptions.DefaultSeed, parallelism: 2);
        var again = await AnalyseAsync(AnalyzeOptions.DefaultSeed, parallelism: 1);
        foreach (var name in AnalysisFiles.Names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, name))), $"{name} differs");
        }

        var other = await AnalyseAsync(12345, parallelism: 2);
        Assert.Equal(File.ReadAllText(Path.Combine(first, "judges.csv")), File.ReadAllText(Path.Combine(other, "judges.csv")));
        Assert.NotEqual(File.ReadAllText(Path.Combine(first, "projects.csv")), File.ReadAllText(Path.Combine(other, "projects.csv")));
    }

    [Fact]
    public async Task Warehouse_rows_are_replaced_on_a_rerun_and_rule_findings_stay()
    {
        var season = await GeneratedWarehouse.SharedAsync(GeneratorOptions.DefaultProjects, 7);
        var folder = Directory.CreateTempSubdirectory("insights-analyze-wh-").FullName;
        try
        {
            var warehouse = Path.Combine(folder, "warehouse.duckdb");
            File.Copy(season.Warehouse, warehouse);
            var rules = Count(warehouse, "SELECT count(*) FROM fact_finding WHERE source = 'ingest'");
            AnalysisResult? result = null;
            for (var run = 0; run < 2; run++)
            {
                result = SeasonAnalysis.Run(new AnalyzeOptions(warehouse, folder), cancellationToken: TestContext.Current.CancellationToken);
                AnalyticsWarehouse.Write(result, AnalysisSummary.Json(result));
            }

            Assert.Equal(result!.Findings.Count, Count(warehouse, "SELECT count(*) FROM fact_finding WHERE source = 'analytics'"));
            Assert.Equal(result.Findings.Count, Count(warehouse, "SELECT count(DISTINCT finding_id) FROM fact_finding WHERE source = 'analytics'"));
            Assert.Equal(rules, Count(warehouse, "SELECT count(*) FROM fact_finding WHERE source = 'ingest'"));
            Assert.Equal(result.Judges.Count, Count(warehouse, "SELECT count(*) FROM analytics_judge"));
            Assert.Equal(result.Judges.Count(j => double.IsFinite(j.AnomalyScore)), Count(warehouse, "SELECT count(anomaly_score) FROM analytics_judge"));
            Assert.Equal(result.Panels.Count, Count(warehouse, "SELECT count(*) FROM analytics_panel"));
            Assert.Equal(result.Projects.Count, Count(warehouse, "SELECT count(*) FROM analytics_project"));
            Assert.Equal(result.Margins.Count, Count(warehouse, "SELECT count(*) FROM analytics_margin"));
            Assert.Equal(result.Projects.Count(p => p.FlipJudges > 0), Count(warehouse, "SELECT count(flip_judges) FROM analytics_project"));
            Assert.Equal(result.Margins.Count(m => !double.IsNaN(m.FlipMarkPoints)), Count(warehouse, "SELECT count(mark_judge_id) FROM analytics_margin"));
            Assert.Equal(result.Rasch.Count, Count(warehouse, "SELECT count(*) FROM analytics_rasch"));
            Assert.True(result.Rasch.Count > 0);
            Assert.Equal(1, Count(warehouse, "SELECT count(*) FROM analytics_run"));
            Assert.Equal(result.Power.Count, Count(warehouse, "SELECT count(*) FROM analytics_power"));
            Assert.Equal(result.Power.Count(p => p.Status == "untestable"), Count(warehouse, "SELECT count(*) FROM analytics_power WHERE status = 'untestable'"));
            Assert.Equal(result.Findings.Count(f => f.Kind == "harsh"), Count(warehouse, "SELECT count(*) FROM fact_finding WHERE kind = 'harsh'"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> AnalyseAsync(int seed, int parallelism)
    {
        var season = await GeneratedWarehouse.SharedAsync(GeneratorOptions.DefaultProjects, 7);
        var folder = Path.Combine(season.Root, $"analysis-{seed}-{parallelism}");
        var result = SeasonAnalysis.Run(new AnalyzeOptions(season.Warehouse, folder, Seed: seed, Parallelism: parallelism, WriteWarehouse: false),
            cancellationToken: TestContext.Current.CancellationToken);
        AnalysisFiles.Write(result, folder);
        return folder;
    }

    private static string Header(string folder, string name) => File.ReadLines(Path.Combine(folder, name)).First();

    private static long Count(string warehouse, string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
