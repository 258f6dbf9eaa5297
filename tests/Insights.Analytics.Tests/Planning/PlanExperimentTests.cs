using Insights.Planning;


namespace Insights.Analytics.Tests.Planning;

public sealed class PlanExperimentTests
{
    [Fact]
    public void Experiment()
    {
        foreach (var (np, nj) in new[] { (600, 120), (2500, 250) })
        {
            var (projects, judges) = PlanFixture.Season(np, nj, 6, 11);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var plan = JudgingPlanner.Plan("S", [PlanStage.Written, PlanStage.Onsite, PlanStage.Final], projects, judges, [], new PlanOptions(PerProject: 5), new Progress<string>(_ => { }));
            File.AppendAllText("/tmp/plan-exp.txt", $"{np}x{nj}: {sw.Elapsed.TotalSeconds:F1}s audit={plan.Audit}" + "\n");
            foreach (var t in plan.Written)
            {
                File.AppendAllText("/tmp/plan-exp.txt", $"{t.Track}: judges {t.Quality.Judges} load {t.Quality.MinLoad}-{t.Quality.MaxLoad} comp {t.Quality.Components} rms {t.Quality.RmsSeveritySe:F4} vs {t.Random.RmsSeveritySe:F4} bound {t.Quality.BoundSeveritySe:F4} max {t.Quality.MaxSeveritySe:F4} vs {t.Random.MaxSeveritySe:F4} cut {t.Quality.CutSe:F4} vs {t.Random.CutSe:F4} conc {t.Quality.MaxConcurrence} vs {t.Random.MaxConcurrence}" + "\n");
            }
        }
    }
}
