using Insights.Planning;

namespace Insights.Analytics.Tests.Planning;

/// <summary>
/// The written plan on synthetic pools (PlanFixture: units shared by judges and teams, so conflicts are real). Every
/// hard constraint is re-checked here from the seats and the test's own reading of the rules, not from the planner's
/// audit.
/// </summary>
public sealed class WrittenPlannerTests
{
    private static readonly Dictionary<string, IReadOnlySet<string>> s_none = [];

    [Theory]
    [InlineData(600, 120, 5, null)]
    [InlineData(900, 150, 4, 30)]
    public void Every_hard_constraint_holds(int projectCount, int judgeCount, int k, int? loadMax)
    {
        var (projects, judges) = PlanFixture.Season(projectCount, judgeCount, 6, 21);
        var plan = WrittenPlanner.Plan(projects, judges, new PlanOptions(PerProject: k, LoadMax: loadMax), s_none);
        var loads = new Dictionary<string, int>(StringComparer.Ordinal);
        Assert.Equal(projects.Count, plan.Sum(t => t.Projects.Count));
        foreach (var track in plan)
        {
            for (var i = 0; i < track.Projects.Count; i++)
            {
                var project = track.Projects[i];
                var seated = track.Judges[i];
                Assert.Equal(k, seated.Select(j => j.Id).Distinct().Count());
                Assert.Equal(k, seated.Count);
                foreach (var judge in seated)
                {
                    Assert.DoesNotContain(judge.Unit, project.Units);
                    Assert.Contains(project.Track, judge.Tags);
                    loads[judge.Id] = loads.GetValueOrDefault(judge.Id) + 1;
                }
            }

            Assert.Equal(1, Components(track));
        }

        if (loadMax is { } max)
        {
            Assert.True(loads.Values.Max() <= max, $"largest load {loads.Values.Max()}");
        }
    }

    [Fact]
    public void The_plan_is_at_least_as_precise_as_a_random_design_with_its_loads_and_within_its_bound()
    {
        var (projects, judges) = PlanFixture.Season(600, 120, 6, 22);
        foreach (var track in WrittenPlanner.Plan(projects, judges, new PlanOptions(), s_none))
        {
            Assert.True(track.Quality.RmsSeveritySe <= track.Random.RmsSeveritySe * 1.001, $"{track.Track}: {track.Quality.RmsSeveritySe} vs {track.Random.RmsSeveritySe}");
            Assert.True(track.Quality.RmsSeveritySe >= track.Quality.BoundSeveritySe * 0.999);
            // The search spreads the pairs: no pair of judges shares more projects than in the random design.
            Assert.True(track.Quality.MaxConcurrence <= track.Random.MaxConcurrence, $"{track.Track}: {track.Quality.MaxConcurrence} vs {track.Random.MaxConcurrence}");
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_plan_and_another_seed_another()
    {
        var (projects, judges) = PlanFixture.Season(300, 60, 3, 23);
        string Seats(ulong seed) => string.Join("|", WrittenPlanner.Plan(projects, judges, new PlanOptions(Seed: seed), s_none)
            .SelectMany(t => t.Judges.Select(js => string.Join(",", js.Select(j => j.Id)))));
        Assert.Equal(Seats(5), Seats(5));
        Assert.NotEqual(Seats(5), Seats(6));
    }

    [Fact]
    public void Judges_excluded_from_a_track_are_never_seated_there()
    {
        var (projects, judges) = PlanFixture.Season(300, 90, 3, 24);
        var excluded = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            ["T01"] = judges.Where(j => j.Tags.Contains("T01")).Take(5).Select(j => j.Id).ToHashSet(StringComparer.Ordinal),
        };
        var plan = WrittenPlanner.Plan(projects, judges, new PlanOptions(PerProject: 3), excluded);
        var t01 = plan.Single(t => t.Track == "T01");
        Assert.DoesNotContain(t01.Judges.SelectMany(j => j), j => excluded["T01"].Contains(j.Id));
    }

    private static int Components(TrackWrittenPlan track)
    {
        var neighbours = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var seated in track.Judges)
        {
            foreach (var a in seated)
            {
                var set = neighbours.TryGetValue(a.Id, out var s) ? s : neighbours[a.Id] = new HashSet<string>(StringComparer.Ordinal);
                set.UnionWith(seated.Select(b => b.Id));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var components = 0;
        foreach (var start in neighbours.Keys)
        {
            if (!seen.Add(start))
            {
                continue;
            }

            components++;
            var queue = new Queue<string>([start]);
            while (queue.TryDequeue(out var x))
            {
                foreach (var y in neighbours[x].Where(seen.Add))
                {
                    queue.Enqueue(y);
                }
            }
        }

        return components;
    }
}
