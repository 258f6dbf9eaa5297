using Insights.Planning;

namespace Insights.Analytics.Tests.Planning;

/// <summary>
/// A synthetic registration and judge pool: projects spread over tracks, teams of one to three units in a handful of
/// cities, judges working for some of those units (so conflicts of interest are real), each tagged with one or two
/// tracks. Deterministic per seed.
/// </summary>
internal static class PlanFixture
{
    public static (List<PlanProject> Projects, List<PlanJudge> Judges) Season(int projects, int judges, int tracks, int seed, int units = 200, int cities = 8)
    {
        var random = new Random(seed);
        var unitCity = Enumerable.Range(0, units).Select(_ => "C" + random.Next(cities)).ToArray();
        var list = new List<PlanProject>(projects);
        for (var p = 0; p < projects; p++)
        {
            var track = "T" + ((p % tracks) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var lead = random.Next(units);
            var teamUnits = new List<string> { "U" + lead };
            for (var extra = random.Next(3); extra > 0; extra--)
            {
                teamUnits.Add("U" + random.Next(units));
            }

            list.Add(new PlanProject("P" + p, "项目" + p, track, track + "-" + random.Next(3), teamUnits, unitCity[lead]));
        }

        var pool = new List<PlanJudge>(judges);
        for (var j = 0; j < judges; j++)
        {
            var unit = random.Next(units);
            var tags = new HashSet<string>(StringComparer.Ordinal) { "T" + ((j % tracks) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture) };
            if (random.NextDouble() < 0.3)
            {
                tags.Add("T" + (random.Next(tracks) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
            }

            pool.Add(new PlanJudge("J" + j, "专家" + j, "U" + unit, unitCity[unit], tags));
        }

        return (list, pool);
    }
}
