using System.Globalization;
using System.Text;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Validation;

/// <summary>
/// Simulates a season under a <see cref="SimulationDesign"/>: per track a sparse written review (every project read
/// by <see cref="SimulationDesign.RatersPerProject"/> of the track's written judges, on 3-6 days each) and a complete
/// final panel of other judges over the best projects; the mark of judge j on project p and criterion c, in percent
/// of the criterion's range, is 70 + spread_j (level_pc − 70) − severity_j + sheet_jp + day_jd + noise, rounded to
/// the rubric's integers and clamped to its range. Plants change the marks of chosen judges (<see cref="PlantKind"/>).
/// Deterministic for a seed.
/// </summary>
public static class SeasonSimulator
{
    private const string Written = "preliminary_written";
    private const string Final = "final_roadshow";

    /// <summary>Simulates one season.</summary>
    /// <param name="design">The structure.</param>
    /// <param name="season">The season label.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="plantScale">0 for a null season; otherwise every kind is planted once at this multiple of its
    /// realistic size (<see cref="PlantKind.RealisticSize"/>; halo and the dropped digit are not scaled).</param>
    /// <returns>The CSV and the truth.</returns>
    /// <exception cref="ArgumentException">A design that cannot hold the plants (fewer than 3 tracks or too few judges).</exception>
    public static SimulatedSeason Simulate(SimulationDesign design, string season, int seed, double plantScale)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentException.ThrowIfNullOrEmpty(season);
        if (plantScale > 0 && (design.Tracks < 3 || design.WrittenJudges < 6 || design.FinalJudges < 5))
        {
            throw new ArgumentException("Planting needs at least 3 tracks, 6 written judges and 5 final judges.", nameof(design));
        }

        var random = new Random(seed);
        var csv = new StringBuilder("season,stage,track,panel,judge,project,criterion,score,max_score,min_score,scored_at,judge_group,project_group\n");
        var plants = new List<Plant>();
        var erratic = new HashSet<(string, string, string)>();
        var marks = 0;
        for (var t = 1; t <= design.Tracks; t++)
        {
            var track = string.Create(CultureInfo.InvariantCulture, $"T{t:00}");
            var projects = Projects(design, track, random);
            var writtenPlants = plantScale > 0 ? WrittenPlants(t, track, design, plantScale, random) : [];
            var written = new StageSimulation(design, season, Written, track, design.WrittenCriteria,
                FromFavouredCity(Judges(design, track, "W", design.WrittenJudges, random, erratic, Written), writtenPlants), random);
            var means = written.ScoreSparse(projects, writtenPlants, csv);
            var finalists = projects.OrderByDescending(p => means[p.Id]).ThenBy(p => p.Id, StringComparer.Ordinal).Take(design.Finalists).ToList();
            var finalPlants = plantScale > 0 ? FinalPlants(t, track, design, random) : [];
            var final = new StageSimulation(design, season, Final, track, design.FinalCriteria, Judges(design, track, "F", design.FinalJudges, random, erratic, Final), random);
            final.ScoreComplete(finalists, finalPlants, csv);
            plants.AddRange(writtenPlants);
            plants.AddRange(finalPlants);
            marks += written.Marks + final.Marks;
        }

        return new SimulatedSeason(season, csv.ToString(), marks, plants, erratic);
    }

    private static List<SimProject> Projects(SimulationDesign design, string track, Random random)
    {
        var list = new List<SimProject>(design.WrittenProjects);
        for (var i = 1; i <= design.WrittenProjects; i++)
        {
            var city = Draw(design.CityShares, random);
            var quality = design.QualitySd * (Normal.Sample(random, 0, 1) + design.CityQuality[city]);
            var profile = new double[Math.Max(design.WrittenCriteria.Count, design.FinalCriteria.Count)];
            for (var c = 0; c < profile.Length; c++)
            {
                profile[c] = design.ProfileSd * Normal.Sample(random, 0, 1);
            }

            list.Add(new SimProject(string.Create(CultureInfo.InvariantCulture, $"{track}P{i:000}"), design.Cities[city], quality, profile));
        }

        return list;
    }

    /// <summary>
    /// A judge planted with favouritism is a judge of the city he favours: the analysis knows affiliation only from the
    /// recorded groups, so his recorded city must be the favoured one (drawn at random, it was the favoured city in
    /// about a third of the seasons, and the study measured that third as the test's power).
    /// </summary>
    private static List<SimJudge> FromFavouredCity(List<SimJudge> judges, List<Plant> plants) =>
        [.. judges.Select(j => plants.FirstOrDefault(p => p.Kind == PlantKind.Favoritism && p.Judge == j.Id) is { } plant ? j with { City = plant.Partner } : j)];

    private static List<SimJudge> Judges(SimulationDesign design, string track, string stage, int count, Random random, HashSet<(string, string, string)> erratic, string stageCode)
    {
        var judges = new List<SimJudge>(count);
        for (var i = 1; i <= count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{track}{stage}J{i:00}");
            var isErratic = random.NextDouble() < design.ErraticShare;
            if (isErratic)
            {
                erratic.Add((stageCode, track, id));
            }

            judges.Add(new SimJudge(
                id,
                design.Cities[Draw(design.CityShares, random)],
                design.SeveritySd * Normal.Sample(random, 0, 1),
                1 + (design.SpreadSd * Normal.Sample(random, 0, 1)),
                design.NoiseSd * (isErratic ? design.ErraticNoiseFactor : 1)));
        }

        return judges;
    }

    /// <summary>The written review's plants by track: T1 harsh and drift, T2 central tendency and a copying pair,
    /// T3 favouritism (a judge of the first, strong city) and a dropped digit.</summary>
    private static List<Plant> WrittenPlants(int t, string track, SimulationDesign design, double scale, Random random)
    {
        string J(int i) => string.Create(CultureInfo.InvariantCulture, $"{track}WJ{i:00}");
        return (t % 3) switch
        {
            1 => [new Plant(PlantKind.Harsh, Written, track, J(1), scale * PlantKind.RealisticSize(PlantKind.Harsh)),
                  new Plant(PlantKind.Drift, Written, track, J(2), scale * PlantKind.RealisticSize(PlantKind.Drift))],
            2 => [new Plant(PlantKind.CentralTendency, Written, track, J(1), Math.Clamp(1 - (scale * (1 - PlantKind.RealisticSize(PlantKind.CentralTendency))), 0.05, 1)),
                  new Plant(PlantKind.Collusion, Written, track, J(3), PlantKind.RealisticSize(PlantKind.Collusion) / Math.Max(scale, 0.1), J(2))],
            _ => [new Plant(PlantKind.Favoritism, Written, track, J(1), scale * PlantKind.RealisticSize(PlantKind.Favoritism), design.Cities[0]),
                  new Plant(PlantKind.OutlierScore, Written, track, J(2 + random.Next(design.WrittenJudges - 2)), 1)],
        };
    }

    /// <summary>The final's plants: T1 halo, T2 a dropped digit; T3 none (its final stays clean).</summary>
    private static List<Plant> FinalPlants(int t, string track, SimulationDesign design, Random random)
    {
        string J(int i) => string.Create(CultureInfo.InvariantCulture, $"{track}FJ{i:00}");
        return (t % 3) switch
        {
            1 => [new Plant(PlantKind.Halo, Final, track, J(1), PlantKind.RealisticSize(PlantKind.Halo))],
            2 => [new Plant(PlantKind.OutlierScore, Final, track, J(1 + random.Next(design.FinalJudges)), 1)],
            _ => [],
        };
    }

    private static int Draw(IReadOnlyList<double> shares, Random random)
    {
        var u = random.NextDouble() * shares.Sum();
        for (var i = 0; i < shares.Count; i++)
        {
            u -= shares[i];
            if (u < 0)
            {
                return i;
            }
        }

        return shares.Count - 1;
    }
}
