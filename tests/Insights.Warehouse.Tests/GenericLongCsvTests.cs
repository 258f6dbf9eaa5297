using System.Text;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>Outside rating data in the generic long CSV lands on its own, with its labels taken as given.</summary>
public sealed class GenericLongCsvTests
{
    private const string OutsideSeason = "EXT-2023-DANCE";

    private const string Csv = """
        season,stage,track,panel,judge,project,criterion,score,max_score,scored_at,judge_group,project_group
        EXT-2023-DANCE,heat,Latin,P-A,R01,C101,technique,7.5,10,2023-05-01 10:00,USA,USA
        EXT-2023-DANCE,heat,Latin,P-A,R01,C101,artistry,-1.5,10,2023-05-01 10:00,USA,USA
        EXT-2023-DANCE,heat,Latin,P-A,R02,C101,technique,6,10,2023-05-01 10:05,FRA,USA
        EXT-2023-DANCE,heat,Latin,P-A,R02,C101,artistry,-3,10,2023-05-01 10:05,FRA,USA
        EXT-2023-DANCE,heat,Latin,P-A,R01,C102,technique,8,10,2023-05-01 10:10,USA,CHN
        EXT-2023-DANCE,heat,Latin,P-A,R01,C102,artistry,0,10,2023-05-01 10:10,USA,CHN
        EXT-2023-DANCE,final,Standard,P-B,R03,C201,technique,9.25,10,2023-05-02 15:00,CHN,FRA
        EXT-2023-DANCE,final,Standard,P-B,R03,C201,artistry,-0.75,10,2023-05-02 15:00,CHN,FRA
        EXT-2023-DANCE,final,Standard,P-B,R04,C201,technique,8.5,,2023-05-02 15:02,,
        EXT-2023-DANCE,final,Standard,P-B,R04,C201,artistry,-2,,,,

        """;

    /// <summary>
    /// Proves: a generic long score CSV (season, stage, track, panel, judge, project, criterion, score plus the optional
    /// max_score, scored_at, judge_group, project_group) of a season Insights has no reference data for, ingested alone
    /// into a fresh lake, lands every row (negative marks included: the scale has no minimum), reports the warning
    /// W-SCORE-UNREGISTERED (unknown projects are a warning, not a rejection, when the season has no registrations),
    /// puts its track, project, judge and panel labels into dim_track, dim_project, dim_judge and dim_panel, raises no
    /// rule finding, and passes every data test.
    /// </summary>
    [Fact]
    public async Task Outside_scores_of_a_season_without_reference_data_land_with_their_labels()
    {
        using var work = new TempDirectory("generic");
        var file = work.Combine("in", "dance_scores.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Csv, new UTF8Encoding(false));
        var outcome = Assert.Single(await LakeRuns.LandAsync(work.Combine("in"), work.Combine("lake")));
        Assert.Equal(("dance_scores.csv", "scores_long", "landed"), (outcome.File, outcome.Feed, outcome.Status));
        Assert.Equal((10L, 10L, 0L, 10L), (outcome.RowsRead, outcome.RowsLanded, outcome.RowsQuarantined, outcome.LakeRows));
        Assert.Contains(outcome.Warnings, w => w.StartsWith("W-SCORE-UNREGISTERED", StringComparison.Ordinal));

        var warehouse = work.Combine("W.duckdb");
        var report = LakeRuns.Build(work.Combine("lake"), warehouse);
        Assert.All(report.Tests, t => Assert.True(t.Passed, $"{t.Name} ({t.Severity}): {t.Failures} rows: {string.Join(" / ", t.Sample)}"));
        Assert.Empty(report.Findings);

        string Labels(string sql) => string.Join(",", LakeRuns.Query(warehouse, sql).Select(r => string.Join("/", r.Values)));
        var season = $"season = '{OutsideSeason}'";
        Assert.Equal("Latin/False,Standard/False", Labels($"SELECT track_code, has_reference FROM dim_track WHERE {season} ORDER BY ALL"));
        Assert.Equal("C101/Latin/False,C102/Latin/False,C201/Standard/False", Labels($"SELECT project_id, track_code, is_registered FROM dim_project WHERE {season} ORDER BY ALL"));
        Assert.Equal("R01/False,R02/False,R03/False,R04/False", Labels($"SELECT judge_id, is_listed FROM dim_judge WHERE {season} ORDER BY ALL"));
        Assert.Equal("Latin/heat/P-A/2/2,Standard/final/P-B/2/1", Labels($"SELECT track_code, stage, panel_id, n_judges, n_projects FROM dim_panel WHERE {season} ORDER BY ALL"));
        Assert.Equal(
            "-3,-2,-1.5,-0.75,0,6,7.5,8,8.5,9.25",
            Labels($"SELECT score FROM fact_score WHERE {season} ORDER BY score").Replace("/", "", StringComparison.Ordinal));
        Assert.Equal("FRA/USA", Labels($"SELECT judge_group, project_group FROM fact_score WHERE {season} AND judge_id = 'R02' AND criterion = 'technique'"));
    }
}
