using Insights.Warehouse.Reading;
using Insights.Warehouse.Reading.Analytics;

namespace Insights.Warehouse.Tests.Reading;

/// <summary>
/// The analyze job's readers on a small warehouse file written here (only the columns they read): the order of a
/// unit's marks, how missing values arrive (NaN, 1, empty text, null), the stage filter, the stage plans, the next
/// scored stage, the published awards' stage fallback and the affiliations. Expected values are worked out by hand
/// from the inserted rows.
/// </summary>
public sealed class AnalysisReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("insights-areader-").FullName;

    private string Warehouse() => TinyWarehouse.Create(_folder, "w.duckdb", """
            CREATE TABLE fact_score (season VARCHAR, stage VARCHAR, track_code VARCHAR, panel_id VARCHAR, judge_id VARCHAR,
                project_id VARCHAR, criterion VARCHAR, score DOUBLE, min_score DOUBLE, max_score DOUBLE, weight DOUBLE,
                scored_at VARCHAR, judge_group VARCHAR, project_group VARCHAR, standard_score DOUBLE);
            INSERT INTO fact_score VALUES
                ('S', 'b', 'T', 'P1', 'j2', 'p1', 'c1', 7, 0, 10, 2, '2026-05-01 10:00:00', 'g', 'g', 0.5),
                ('S', 'a', 'T', NULL, 'j1', 'p2', 'c2', 3, NULL, NULL, NULL, 'not a time', NULL, NULL, NULL),
                ('S', 'a', 'T', 'P1', 'j1', 'p2', 'c1', 4, 1, 5, 1, NULL, NULL, NULL, NULL),
                ('S', 'a', 'T', 'P1', 'j1', 'p1', 'c1', 5, 1, 5, 1, NULL, NULL, NULL, NULL),
                ('S', 'a', 'U', 'P9', 'j9', 'p9', 'c1', 1, 1, 5, 1, NULL, NULL, NULL, NULL),
                ('R', 'a', 'T', 'P1', 'j1', 'p1', 'c1', 1, 1, 5, 1, NULL, NULL, NULL, NULL);
            CREATE TABLE ref_rubric (season VARCHAR, stage VARCHAR, criterion VARCHAR, name_zh VARCHAR, name_en VARCHAR);
            INSERT INTO ref_rubric VALUES ('S', 'a', 'c1', '创新', 'Innovation'), ('S', 'b', 'c1', NULL, NULL), ('R', 'a', 'c1', 'x', 'x');
            CREATE TABLE dim_stage (season VARCHAR, stage VARCHAR, stage_order INTEGER, name_zh VARCHAR, name_en VARCHAR, score_method VARCHAR,
                score_basis VARCHAR, advance_count INTEGER, advance_share DOUBLE, decides VARCHAR, rule_source VARCHAR);
            INSERT INTO dim_stage VALUES
                ('S', 'a', 1, '初评', 'First', 'mean', 'raw', 2, NULL, 'advance', 'notice'),
                ('S', 'b', 2, NULL, NULL, 'trimmed_mean', 'standard', NULL, NULL, 'award', 'rules_file'),
                ('S', 'c', 3, NULL, NULL, 'mean', 'raw', NULL, NULL, NULL, 'data');
            CREATE TABLE dim_award_tier (season VARCHAR, stage VARCHAR, tier VARCHAR, tier_order INTEGER, track_code VARCHAR,
                tier_count INTEGER, tier_share DOUBLE, tier_min_score DOUBLE, tier_at_least INTEGER);
            INSERT INTO dim_award_tier VALUES ('S', 'b', 'second', 2, 'T', NULL, 0.3, NULL, 1), ('S', 'b', 'first', 1, NULL, 1, NULL, 90, 0);
            CREATE TABLE fact_award (season VARCHAR, stage VARCHAR, track_code VARCHAR, project_id VARCHAR, tier VARCHAR);
            INSERT INTO fact_award VALUES ('S', NULL, 'T', 'p1', 'second'), ('S', NULL, 'T', 'p1', 'first'), ('S', 'a', 'T', 'p2', 'single'),
                ('S', 'a', 'T', NULL, 'first'), ('S', 'a', 'T', 'p2', 'third');
            CREATE TABLE dim_judge (season VARCHAR, judge_id VARCHAR, unit_name VARCHAR, city VARCHAR);
            INSERT INTO dim_judge VALUES ('S', 'j1', 'Uni A', 'Xi''an'), ('S', 'j2', NULL, NULL), ('R', 'j3', 'Uni B', 'Beijing');
            CREATE TABLE dim_project (season VARCHAR, project_id VARCHAR, team_id VARCHAR);
            INSERT INTO dim_project VALUES ('S', 'p1', 't1'), ('S', 'p2', 't9');
            CREATE TABLE dim_team (season VARCHAR, team_id VARCHAR, lead_unit_name VARCHAR, partner_unit_names VARCHAR);
            INSERT INTO dim_team VALUES ('S', 't1', 'Uni A', 'Uni B; Uni C');
            CREATE TABLE dim_unit (season VARCHAR, unit_name VARCHAR, city VARCHAR);
            INSERT INTO dim_unit VALUES ('S', 'Uni A', 'Xi''an');
            """);

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Marks_come_ordered_with_missing_values_as_the_pipeline_expects()
    {
        using var connection = WarehouseCommands.OpenReadOnly(Warehouse());
        Assert.Equal([("R", "a", "T"), ("S", "a", "T"), ("S", "a", "U"), ("S", "b", "T")],
            AnalysisReader.Units(connection, null).Select(u => (u.Season, u.Stage, u.Track)).Order());
        Assert.Equal([("S", "a", "T"), ("S", "a", "U"), ("S", "b", "T")],
            AnalysisReader.Units(connection, "S").Select(u => (u.Season, u.Stage, u.Track)).Order());

        // Stage a of track T: panel P1 before the NULL panel (NULLS LAST), then judge, project, criterion.
        var a = AnalysisReader.Marks(connection, "S", "T", "a").ToList();
        Assert.Equal([("P1", "p1", "c1"), ("P1", "p2", "c1"), ("", "p2", "c2")], a.Select(m => (m.Panel, m.Project, m.Criterion)));
        Assert.Equal([5.0, 4.0, 3.0], a.Select(m => m.Score));
        var bare = a[2];
        Assert.True(double.IsNaN(bare.Min) && double.IsNaN(bare.Max) && double.IsNaN(bare.Standard));
        Assert.Equal(1.0, bare.Weight);
        Assert.Null(bare.ScoredAt);
        Assert.Equal(("", ""), (bare.JudgeGroup, bare.ProjectGroup));

        // No stage: every stage of the track, stage a first.
        var all = AnalysisReader.Marks(connection, "S", "T", null).ToList();
        Assert.Equal(["a", "a", "a", "b"], all.Select(m => m.Stage));
        var b = all[3];
        Assert.Equal(("P1", "j2", "p1", "c1", 7.0, 0.0, 10.0, 2.0), (b.Panel, b.Judge, b.Project, b.Criterion, b.Score, b.Min, b.Max, b.Weight));
        Assert.Equal(new DateTime(2026, 5, 1, 10, 0, 0), b.ScoredAt);
        Assert.Equal(("g", "g", 0.5), (b.JudgeGroup, b.ProjectGroup, b.Standard));
    }

    [Fact]
    public void Criterion_names_and_stage_plans_are_read_with_their_defaults()
    {
        using var connection = WarehouseCommands.OpenReadOnly(Warehouse());
        Assert.Equal([("a", "c1", "创新", "Innovation"), ("b", "c1", "", "")],
            AnalysisReader.CriterionNames(connection, "S").Select(n => (n.Stage, n.Criterion, n.NameZh, n.NameEn)).Order());

        // Every-track tiers first, then by tier order.
        Assert.Equal([("first", 1, (string?)null, (int?)1, (double?)null, (double?)90, 0), ("second", 2, "T", null, 0.3, null, 1)],
            StagePlanReader.AwardTiers(connection, "S").Select(t => (t.Tier, t.Order, t.Track, t.Count, t.Share, t.MinScore, t.AtLeast)));
        Assert.Empty(StagePlanReader.AwardTiers(connection, "R"));

        var stages = StagePlanReader.Stages(connection, null).OrderBy(s => s.Order).ToList();
        Assert.Equal(3, stages.Count);
        Assert.Equal(new StagePlanRow("S", "a", 1, "初评", "First", "mean", "raw", 2, null, "advance", "notice"), stages[0]);
        // A stage without names is named by its label.
        Assert.Equal(new StagePlanRow("S", "b", 2, "b", "b", "trimmed_mean", "standard", null, null, "award", "rules_file"), stages[1]);
        Assert.Null(stages[2].Decides);

        // Track T: stage a has p1, p2 and the next scored stage b has p1; b has no later scored stage. Track U has only a.
        Assert.Equal([("S", "a", "T", (int?)1), ("S", "a", "U", null), ("S", "b", "T", null)],
            StagePlanReader.NextStageProjects(connection, "S").Select(n => (n.Season, n.Stage, n.Track, n.NextStageProjects)).Order());
    }

    [Fact]
    public void Published_awards_and_affiliations()
    {
        using var connection = WarehouseCommands.OpenReadOnly(Warehouse());
        // The stageless awards of p1 go to b (the last stage deciding awards) with the least code; 'single' and the award
        // without a project are left out.
        Assert.Equal([new PublishedAwardRow("S", "a", "T", "p2", "third"), new PublishedAwardRow("S", "b", "T", "p1", "first")],
            StagePlanReader.PublishedAwards(connection, "S").OrderBy(r => r.Stage));

        Assert.Equal([new JudgeAffiliationRow("j1", "Uni A", "Xi'an"), new JudgeAffiliationRow("j2", "", "")],
            AffiliationReader.Judges(connection, "S").OrderBy(j => j.Judge, StringComparer.Ordinal));
        Assert.Equal([new ProjectAffiliationRow("p1", "Uni A", "Uni B; Uni C", "Xi'an"), new ProjectAffiliationRow("p2", "", "", "")],
            AffiliationReader.Projects(connection, "S").OrderBy(p => p.Project, StringComparer.Ordinal));
    }
}
