using DuckDB.NET.Data;
using Insights.Analytics.Linking;
using Insights.Analytics.Tests.Support;

namespace Insights.Analytics.Tests.Linking;

/// <summary>
/// Linking on a generated season (2,500 projects, seed 7) as the warehouse holds it: per track, the written review's
/// scoring graph, the finalists linking the preliminary and final stages, and the generator's planted judge on both
/// panels (truth/planted.csv, kind judge_on_both_panels), who must be the only panel_overlap, in his track only.
/// </summary>
public sealed class LinkingSeasonTests
{
    private const string Written = "preliminary_written";
    private const string Onsite = "preliminary_onsite";
    private const string Final = "final_roadshow";

    [Fact]
    public async Task Generated_season_links_as_designed()
    {
        var season = await GeneratedWarehouse.SharedAsync(2500, 7);
        var warehouse = season.Warehouse;
        var truthFolder = season.TruthFolder;

        var planted = File.ReadLines(Path.Combine(truthFolder, "planted.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Single(p => p[1] == "judge_on_both_panels");
        string plantedTrack = planted[2], plantedJudge = planted[4];

        var scores = Scores(warehouse);
        var tracks = scores.Select(s => s.Track).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(12, tracks.Count);
        var splitTracks = new List<string>();
        foreach (var track in tracks)
        {
            var rows = scores.Where(s => s.Track == track).ToList();
            var written = rows.Where(s => s.Stage == Written).ToList();

            // Each written group (panel) is connected. Within a track a judge sits in one group only and the
            // projects are dealt to the groups (docs/generator.md), so a track of more than 300 projects (T06 with
            // seed 7: two groups of 18 judges and 175 projects) has one written component per group and draws a
            // disconnected finding; the on-site review, whose panel comes from the groups' judges and scores the
            // short list of every group, joins them: the whole preliminary graph is connected.
            var writtenPanels = written.Select(s => s.Panel).Distinct().Count();
            foreach (var panel in written.GroupBy(s => s.Panel))
            {
                Assert.True(ScoringGraph.Components(panel.Select(s => new ScoringLink(s.Judge, s.Project))).IsConnected, $"{panel.Key} is disconnected");
            }

            var graph = ScoringGraph.Components(written.Select(s => new ScoringLink(s.Judge, s.Project)), trackCode: track, stage: Written);
            Assert.Equal(written.Select(s => s.Project).Distinct().Count(), graph.Projects);
            Assert.True(writtenPanels == graph.Components.Count, $"{track}: {writtenPanels} written panels, {graph.Components.Count} components");
            Assert.Equal(writtenPanels > 1 ? 1 : 0, graph.Findings.Count(f => f.Kind == LinkingFindingKinds.Disconnected));
            if (graph.Components.Count > 1)
            {
                splitTracks.Add(track);
            }

            var preliminary = ScoringGraph.Components(rows.Where(s => s.Stage is Written or Onsite).Select(s => new ScoringLink(s.Judge, s.Project)));
            Assert.True(preliminary.IsConnected, $"{track}: the preliminary graph has {preliminary.Components.Count} components");

            var preliminaryScores = ProjectScores(written);
            var finalRows = rows.Where(s => s.Stage == Final).ToList();
            var finalScores = ProjectScores(finalRows);
            var result = StageLinking.Analyze(
                track,
                preliminaryScores,
                finalScores,
                rows.Where(s => s.Stage is Written or Onsite).Select(s => s.Judge),
                finalRows.Select(s => s.Judge));

            var expectedFinalists = finalRows.Select(s => s.Project).Distinct().Count(p => written.Any(w => w.Project == p));
            Assert.Equal(expectedFinalists, result.CommonProjects.Count);
            Assert.InRange(result.CommonProjects.Count, 8, 30);
            Assert.NotNull(result.Correlation);
            Assert.Contains(StageLinking.RestrictedRangeNote, result.Notes);
            Assert.DoesNotContain(result.Findings, f => f.Kind == LinkingFindingKinds.WeakStageLink);
            if (track == plantedTrack)
            {
                Assert.Equal([plantedJudge], result.OverlapJudges);
                var finding = Assert.Single(result.Findings, f => f.Kind == LinkingFindingKinds.PanelOverlap);
                Assert.Equal((plantedJudge, track), (finding.JudgeId, finding.TrackCode));
            }
            else
            {
                Assert.Empty(result.OverlapJudges);
                Assert.DoesNotContain(result.Findings, f => f.Kind == LinkingFindingKinds.PanelOverlap);
            }
        }

        // Seed 7: T06 (350 entries) is the only track with more than one written group.
        Assert.Equal(["T06"], splitTracks);
    }

    /// <summary>
    /// Per project: the mean of its judges' weighted totals (Σ weight × mark) and the standard error SD / √judges
    /// (0 with one judge).
    /// </summary>
    private static List<StageScore> ProjectScores(List<ScoreRow> rows) =>
        [.. rows.GroupBy(r => r.Project)
            .Select(project =>
            {
                var totals = project.GroupBy(r => r.Judge).Select(j => j.Sum(r => r.Weight * r.Score)).ToList();
                var mean = totals.Average();
                var variance = totals.Count > 1 ? totals.Sum(t => (t - mean) * (t - mean)) / (totals.Count - 1) : 0;
                return new StageScore(project.Key, mean, Math.Sqrt(variance / totals.Count));
            })];

    private static List<ScoreRow> Scores(string warehouse)
    {
        using var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT stage, track_code, panel_id, judge_id, project_id, score, weight FROM fact_score WHERE stage IN ($written, $onsite, $final) ORDER BY ALL";
        command.Parameters.Add(new DuckDBParameter("written", Written));
        command.Parameters.Add(new DuckDBParameter("onsite", Onsite));
        command.Parameters.Add(new DuckDBParameter("final", Final));
        using var reader = command.ExecuteReader();
        var rows = new List<ScoreRow>();
        while (reader.Read())
        {
            rows.Add(new ScoreRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetDouble(5), reader.GetDouble(6)));
        }

        return rows;
    }

    private sealed record ScoreRow(string Stage, string Track, string Panel, string Judge, string Project, double Score, double Weight);
}
