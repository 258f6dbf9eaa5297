using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Bias;

/// <summary>
/// A written-review-like unit with realistic structure for the favouritism tests: 20 judges, 200 projects, each
/// project marked 0-100 (integers) by 5 judges chosen to balance the load (50 projects per judge). Project quality
/// SD about 8 with "strong cities": cities 0-2 hold 45 % of the projects at +5 points, cities 3-7 the rest at -4
/// (within-city SD 6.5). Judges 0-15 come from the strong cities (j mod 3), 16-19 from cities 3-6, so about 14 % of
/// the judge-project pairs are affiliated (same city) and the affiliated projects are the better ones. Judge severity
/// SD 3, scale use (slope on quality) uniform 0.85-1.15, noise SD 5.5, judge 19 erratic (noise SD 10).
/// </summary>
internal sealed class WrittenReviewSimulation
{
    public const int Judges = 20;
    public const int Projects = 200;
    public const int RatersPerProject = 5;

    private WrittenReviewSimulation(List<SeverityRating> ratings, int[] judgeCity, int[] projectCity)
    {
        Ratings = ratings;
        JudgeCity = judgeCity;
        ProjectCity = projectCity;
    }

    /// <summary>The marks (one criterion).</summary>
    public List<SeverityRating> Ratings { get; }

    /// <summary>Per judge, his city.</summary>
    public int[] JudgeCity { get; }

    /// <summary>Per project, its city.</summary>
    public int[] ProjectCity { get; }

    /// <summary>Same city.</summary>
    public bool Affiliated(int judge, int project) => JudgeCity[judge] == ProjectCity[project];

    /// <summary>Generates one unit.</summary>
    /// <param name="seed">Seed.</param>
    /// <param name="bonusJudge">Judge who adds <paramref name="bonus"/> to his own city's projects (-1: none).</param>
    /// <param name="bonus">The bonus in points.</param>
    public static WrittenReviewSimulation Generate(int seed, int bonusJudge = -1, double bonus = 0)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var projectCity = new int[Projects];
        var quality = new double[Projects];
        for (var p = 0; p < Projects; p++)
        {
            var strong = random.NextDouble() < 0.45;
            projectCity[p] = strong ? random.Next(3) : 3 + random.Next(5);
            quality[p] = (strong ? 5 : -4) + (6.5 * Normal());
        }

        var judgeCity = Enumerable.Range(0, Judges).Select(j => j < 16 ? j % 3 : 3 + (j - 16)).ToArray();
        var severity = Enumerable.Range(0, Judges).Select(_ => 3 * Normal()).ToArray();
        var slope = Enumerable.Range(0, Judges).Select(_ => 0.85 + (0.3 * random.NextDouble())).ToArray();
        var noise = Enumerable.Range(0, Judges).Select(j => j == Judges - 1 ? 10.0 : 5.5).ToArray();
        var load = new int[Judges];
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < Projects; p++)
        {
            var panel = Enumerable.Range(0, Judges).OrderBy(j => load[j]).ThenBy(_ => random.Next()).Take(RatersPerProject).Order().ToList();
            foreach (var j in panel)
            {
                load[j]++;
                var plant = j == bonusJudge && judgeCity[j] == projectCity[p] ? bonus : 0;
                var mark = 72 + (slope[j] * quality[p]) + severity[j] + plant + (noise[j] * Normal());
                ratings.Add(new SeverityRating(j, p, 0, Math.Clamp(Math.Round(mark), 0, 100)));
            }
        }

        return new WrittenReviewSimulation(ratings, judgeCity, projectCity);
    }
}
