using Insights.Planning;

namespace Insights.Analytics.Tests.Planning;

/// <summary>Inputs that no plan can satisfy: the error names the constraint and the amounts (worked out by hand for each case).</summary>
public sealed class InfeasiblePlanTests
{
    private static readonly Dictionary<string, IReadOnlySet<string>> s_none = [];

    private static PlanJudge Judge(string id, string unit, int? max = null) => new(id, id, unit, "C" + id, new HashSet<string>(["T01"]), max);

    private static PlanProject Project(string id, params string[] units) => new(id, id, "T01", "", units, "");

    [Fact]
    public void Too_few_judges_without_a_conflict_names_the_project_and_the_shortfall()
    {
        // Six judges, two of them from U1; P3's team includes U1, so only 4 may score it and 5 are asked: 1 short.
        List<PlanJudge> judges = [Judge("J1", "U1"), Judge("J2", "U1"), Judge("J3", "U3"), Judge("J4", "U4"), Judge("J5", "U5"), Judge("J6", "U6")];
        List<PlanProject> projects = [Project("P1", "U9"), Project("P2", "U9"), Project("P3", "U8", "U1")];
        var e = Assert.Throws<PlanInfeasibleException>(() => WrittenPlanner.Plan(projects, judges, new PlanOptions(PerProject: 5), s_none));
        var s = Assert.Single(e.Shortfalls);
        Assert.Equal(("raters", "P3", 5L, 4L, 1L), (s.Constraint, s.Subject, s.Needed, s.Available, s.Missing));
        Assert.Contains("项目 P3", e.Message, StringComparison.Ordinal);
        Assert.Contains("缺 1 名", e.Message, StringComparison.Ordinal);
        Assert.Contains("project P3", e.Message, StringComparison.Ordinal);
        Assert.Contains("1 short", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_limits_too_low_for_the_sheets_say_how_much_to_raise_them()
    {
        // 10 projects × 3 judges = 30 sheets; 5 judges × 5 = 25: 5 short, and ⌈30 / 5⌉ = 6 would do.
        var judges = Enumerable.Range(1, 5).Select(i => Judge("J" + i, "U" + i)).ToList();
        var projects = Enumerable.Range(1, 10).Select(i => Project("P" + i, "X" + i)).ToList();
        var e = Assert.Throws<PlanInfeasibleException>(() => WrittenPlanner.Plan(projects, judges, new PlanOptions(PerProject: 3, LoadMax: 5), s_none));
        var s = Assert.Single(e.Shortfalls);
        Assert.Equal(("load", 30L, 25L, 5L), (s.Constraint, s.Needed, s.Available, s.Missing));
        Assert.Contains("--load-max", e.Message, StringComparison.Ordinal);
        Assert.Contains("6", s.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_that_hold_alone_but_not_together_are_found_by_the_flow()
    {
        // 4 projects × 2 judges = 8 sheets; the limits add up to 2 + 3 + 2 + 2 = 9, so the load check passes, and each
        // project has at least 2 judges without a conflict. But J3 and J4 work for U0, the unit of P1, P2 and P3, whose
        // 6 sheets can then only go to J1 and J2, with 5 between them: 1 short.
        List<PlanJudge> judges = [Judge("J1", "U1", 2), Judge("J2", "U2", 3), Judge("J3", "U0", 2), Judge("J4", "U0", 2)];
        List<PlanProject> projects = [Project("P1", "U0"), Project("P2", "U0"), Project("P3", "U0"), Project("P4", "U8")];
        var e = Assert.Throws<PlanInfeasibleException>(() => WrittenPlanner.Plan(projects, judges, new PlanOptions(PerProject: 2), s_none));
        var s = Assert.Single(e.Shortfalls);
        Assert.Equal("flow", s.Constraint);
        Assert.Equal(1, s.Missing);
    }

    [Fact]
    public void A_final_panel_without_enough_judges_outside_the_preliminary_is_named()
    {
        // T01's pool is 8 judges; 4 sat on its preliminary: 4 remain for a panel of 7, 3 short.
        var judges = Enumerable.Range(1, 8).Select(i => Judge("J" + i, "U" + i)).ToList();
        List<PlanProject> projects = [Project("P1", "X")];
        var preliminary = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal) { ["T01"] = new HashSet<string>(["J1", "J2", "J3", "J4"]) };
        var e = Assert.Throws<PlanInfeasibleException>(() => PanelPlanner.Plan(PlanStage.Final, projects, judges, new PlanOptions(PanelSize: 7), preliminary, s_none));
        var s = Assert.Single(e.Shortfalls);
        Assert.Equal(("panel", "T01-FIN", 7L, 4L, 3L), (s.Constraint, s.Subject, s.Needed, s.Available, s.Missing));
        Assert.Contains("缺 3 名", e.Message, StringComparison.Ordinal);
    }
}
