using Insights.Analytics.Linking;

namespace Insights.Analytics.Tests.Linking;

/// <summary>
/// <see cref="ScoringGraph"/>: components of hand-built bipartite graphs (two islands, a bridge joining them, an
/// isolated judge), argument checks, and a 1-million-score random sparse design that must form one component.
/// </summary>
public sealed class ScoringGraphTests
{
    // Island 1: J1, J2 score P1, P2 (complete). Island 2: J3, J4 score P3, P4, P5 in a chain J3-P3-J4-P4, J3-P5.
    private static readonly ScoringLink[] s_twoIslands =
    [
        new("J1", "P1"), new("J1", "P2"), new("J2", "P1"), new("J2", "P2"),
        new("J3", "P3"), new("J4", "P3"), new("J4", "P4"), new("J3", "P5"),
    ];

    [Fact]
    public void Two_islands_are_two_components_and_a_disconnected_finding()
    {
        var result = ScoringGraph.Components(s_twoIslands, trackCode: "T01", stage: "preliminary_written");

        Assert.False(result.IsConnected);
        Assert.Equal(2, result.Components.Count);
        Assert.Equal((4, 5, 8L), (result.Judges, result.Projects, result.Links));
        // The larger island (2 judges + 3 projects) comes first.
        Assert.Equal(["J3", "J4"], result.Components[0].JudgeIds);
        Assert.Equal(["P3", "P4", "P5"], result.Components[0].ProjectIds);
        Assert.Equal(4, result.Components[0].Links);
        Assert.Equal(["J1", "J2"], result.Components[1].JudgeIds);
        Assert.Equal(["P1", "P2"], result.Components[1].ProjectIds);
        Assert.Equal(4, result.Components[1].Links);
        Assert.Equal([0, 1], result.Components.Select(c => c.Index));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(LinkingFindingKinds.Disconnected, finding.Kind);
        Assert.Equal("warning", finding.Level);
        Assert.Equal(("T01", "preliminary_written", 2.0), (finding.TrackCode, finding.Stage, finding.Statistic));
        Assert.Contains("2 disconnected components", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bridge_joins_the_islands_into_one_component()
    {
        // J2 also scores P3: one edge is enough to put both islands on one scale.
        var result = ScoringGraph.Components([.. s_twoIslands, new ScoringLink("J2", "P3")]);

        Assert.True(result.IsConnected);
        var component = Assert.Single(result.Components);
        Assert.Equal(["J1", "J2", "J3", "J4"], component.JudgeIds);
        Assert.Equal(["P1", "P2", "P3", "P4", "P5"], component.ProjectIds);
        Assert.Equal(9, component.Links);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_bridging_project_also_joins_the_islands()
    {
        // J3 scores P1: a project shared by both islands links them as well as a shared judge does.
        var result = ScoringGraph.Components([.. s_twoIslands, new ScoringLink("J3", "P1")]);
        Assert.True(result.IsConnected);
    }

    [Fact]
    public void An_isolated_judge_is_a_component_of_its_own()
    {
        // J9 sits on the panel but scored nothing; J8 scored only P9, which nobody else scored.
        ScoringLink[] links = [.. s_twoIslands, new("J2", "P3"), new("J8", "P9"), new("J8", "P9")];
        var result = ScoringGraph.Components(links, judges: ["J1", "J9"], projects: ["P1"]);

        Assert.Equal(3, result.Components.Count);
        Assert.Equal((6, 6, 11L), (result.Judges, result.Projects, result.Links));
        Assert.Equal(["J8"], result.Components[1].JudgeIds);
        Assert.Equal(["P9"], result.Components[1].ProjectIds);
        Assert.Equal(2, result.Components[1].Links);
        Assert.Equal(["J9"], result.Components[2].JudgeIds);
        Assert.Empty(result.Components[2].ProjectIds);
        Assert.Equal(0, result.Components[2].Links);
        Assert.Equal(3.0, Assert.Single(result.Findings).Statistic);
    }

    [Fact]
    public void Same_id_on_both_sides_are_different_vertices()
    {
        // A judge and a project that happen to share an id are not the same vertex.
        var result = ScoringGraph.Components([new("X", "P1"), new("J1", "X")]);
        Assert.Equal(2, result.Components.Count);
    }

    [Fact]
    public void Empty_graph_is_connected_and_ids_are_checked()
    {
        var empty = ScoringGraph.Components([]);
        Assert.True(empty.IsConnected);
        Assert.Empty(empty.Components);
        Assert.Throws<ArgumentNullException>(() => ScoringGraph.Components(null!));
        Assert.Throws<ArgumentException>(() => ScoringGraph.Components([new("J1", "")]));
        Assert.Throws<ArgumentException>(() => ScoringGraph.Components([new(null!, "P1")]));
        Assert.Throws<ArgumentException>(() => ScoringGraph.Components([], judges: [""]));
    }

    [Fact]
    public void One_million_random_sparse_scores_form_one_component()
    {
        // 20,000 judges and 50,000 projects, each score linking a random judge and project, streamed (never stored).
        // Average degree 20 per project is far above the connectivity threshold of a random bipartite graph
        // (log n), so the design is connected: every judge and project takes part, in one component.
        const int Judges = 20_000, Projects = 50_000, Scores = 1_000_000;
        static IEnumerable<ScoringLink> Links()
        {
            var random = new Random(20261125);
            var judgeIds = Enumerable.Range(0, Judges).Select(j => $"EX{j:000000}").ToArray();
            var projectIds = Enumerable.Range(0, Projects).Select(p => $"P{p:000000}").ToArray();
            // First a spanning pass so every vertex appears, then random scores.
            for (var p = 0; p < Projects; p++)
            {
                yield return new ScoringLink(judgeIds[p % Judges], projectIds[p]);
            }

            for (var s = Projects; s < Scores; s++)
            {
                yield return new ScoringLink(judgeIds[random.Next(Judges)], projectIds[random.Next(Projects)]);
            }
        }

        var result = ScoringGraph.Components(Links());
        Assert.Equal((Judges, Projects, (long)Scores), (result.Judges, result.Projects, result.Links));
        var component = Assert.Single(result.Components);
        Assert.Equal(Judges, component.JudgeIds.Count);
        Assert.Equal(Projects, component.ProjectIds.Count);
        Assert.Equal(Scores, component.Links);
    }
}
