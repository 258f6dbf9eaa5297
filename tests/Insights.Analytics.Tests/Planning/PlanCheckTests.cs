using Insights.Planning;

namespace Insights.Analytics.Tests.Planning;

/// <summary>The executed review against its plan: each kind of difference planted once and found once.</summary>
public sealed class PlanCheckTests
{
    [Fact]
    public void Each_difference_is_one_finding_of_its_kind()
    {
        List<PlanJudge> judges =
        [
            new("J1", "", "U1", "南京", new HashSet<string>()), new("J2", "", "U2", "苏州", new HashSet<string>()),
            new("J3", "", "U3", "无锡", new HashSet<string>()), new("J4", "", "U4", "常州", new HashSet<string>()),
        ];
        List<PlanProject> projects = [new("P1", "", "T01", "", ["U9"], "南京"), new("P2", "", "T01", "", ["U3"], "无锡")];
        List<PlanSeat> plan =
        [
            new(PlanStage.Written, "T01", "T01-PRE-P", "J1", "P1"), new(PlanStage.Written, "T01", "T01-PRE-P", "J2", "P1"),
            new(PlanStage.Written, "T01", "T01-PRE-P", "J1", "P2"), new(PlanStage.Written, "T01", "T01-PRE-P", "J2", "P2"),
            new(PlanStage.Final, "T01", "T01-FIN", "J4", null),
        ];
        List<PlanSeat> executed =
        [
            // J1 and J2 scored P1 as planned; J1 scored P2, J2 did not (missed); J3 scored P2 instead (unplanned, and his
            // unit U3 is P2's: a conflict); J1 also sat on the final (an overlap; and J4, planned, did not: missed).
            new(PlanStage.Written, "T01", "T01-PRE-P", "J1", "P1"), new(PlanStage.Written, "T01", "T01-PRE-P", "J2", "P1"),
            new(PlanStage.Written, "T01", "T01-PRE-P", "J1", "P2"), new(PlanStage.Written, "T01", "T01-PRE-P", "J3", "P2"),
            new(PlanStage.Final, "T01", "T01-FIN", "J1", "P1"),
        ];
        var findings = PlanCheck.Compare(plan, executed, projects, judges, ConflictRule.Unit);
        var kinds = findings.Select(f => (f.Kind, f.Stage, f.Judge, f.Project)).ToList();
        Assert.Equal(
        [
            ("conflict_scored", PlanStage.Written, "J3", "P2"),
            ("panel_overlap", PlanStage.Final, "J1", ""),
            ("unplanned_seat", PlanStage.Written, "J3", "P2"),
            ("missed_seat", PlanStage.Written, "J2", "P2"),
            ("unplanned_seat", PlanStage.Final, "J1", ""),
            ("missed_seat", PlanStage.Final, "J4", ""),
        ], kinds);
        Assert.Equal(["error", "error", "warning", "warning", "warning", "warning"], findings.Select(f => f.Level));
        Assert.Contains("应回避", findings[0].Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_executed_review_that_follows_the_plan_has_no_finding()
    {
        List<PlanSeat> seats = [new(PlanStage.Written, "T01", "G", "J1", "P1"), new(PlanStage.Onsite, "T01", "O", "J1", null)];
        List<PlanSeat> executed = [seats[0], new(PlanStage.Onsite, "T01", "O", "J1", "P1")];
        Assert.Empty(PlanCheck.Compare(seats, executed, [], [], ConflictRule.Both));
    }
}
