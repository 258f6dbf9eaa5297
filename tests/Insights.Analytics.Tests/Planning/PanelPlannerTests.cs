using Insights.Planning;

namespace Insights.Analytics.Tests.Planning;

/// <summary>Panels planned with the written review: disjoint preliminary and final panels, on-site judges from the written review, recusals listed.</summary>
public sealed class PanelPlannerTests
{
    [Fact]
    public void All_stages_keep_the_final_apart_and_take_on_site_judges_from_the_written_review()
    {
        var (projects, judges) = PlanFixture.Season(600, 150, 6, 31);
        var plan = JudgingPlanner.Plan("S", PlanStage.All, projects, judges, [], new PlanOptions(PerProject: 4, PanelSize: 5));
        Assert.Equal(12, plan.Panels.Count);
        foreach (var track in plan.Written)
        {
            var written = track.Judges.SelectMany(j => j).Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
            var final = plan.Panels.Single(p => p.Track == track.Track && p.Stage == PlanStage.Final);
            var onsite = plan.Panels.Single(p => p.Track == track.Track && p.Stage == PlanStage.Onsite);
            Assert.Equal(5, final.Members.Count);
            Assert.DoesNotContain(final.Members, m => written.Contains(m.Id) || onsite.Members.Any(o => o.Id == m.Id));
            Assert.All(onsite.Members, m => Assert.Contains(m.Id, written));
            foreach (var panel in new[] { final, onsite })
            {
                foreach (var member in panel.Members)
                {
                    // The test's own reading of the unit rule: a recusal for every project of the track whose team has his unit.
                    var expected = projects.Where(p => p.Track == track.Track && p.Units.Contains(member.Unit)).Select(p => p.Id).ToList();
                    Assert.Equal(expected, panel.Recusals.TryGetValue(member.Id, out var r) ? r : []);
                }
            }
        }

        Assert.Equal(0, plan.Audit.Overlaps);
        Assert.True(plan.Audit.Holds);
    }

    [Fact]
    public void A_stage_planned_alone_keeps_apart_from_the_executed_seats()
    {
        var (projects, judges) = PlanFixture.Season(300, 90, 3, 32);
        // The executed written review of T01 used these judges: a new final panel must not.
        var executed = judges.Where(j => j.Tags.Contains("T01")).Take(10)
            .Select(j => new PlanSeat(PlanStage.Written, "T01", "T01-PRE-01", j.Id, projects.First(p => p.Track == "T01").Id)).ToList();
        var plan = JudgingPlanner.Plan("S", [PlanStage.Final], projects, judges, executed, new PlanOptions(PanelSize: 5));
        var final = plan.Panels.Single(p => p.Track == "T01");
        Assert.DoesNotContain(final.Members, m => executed.Any(e => e.Judge == m.Id));
        Assert.Equal(0, plan.Audit.Overlaps);
    }
}
