using System.Globalization;
using System.Text;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Validation;

/// <summary>The marks of one stage of one track: who reads what, when, and the marks with their plants.</summary>
internal sealed class StageSimulation(
    SimulationDesign design, string season, string stage, string track, IReadOnlyList<int> criteria, List<SimJudge> judges, Random random)
{
    private static readonly DateTime s_writtenStart = new(2024, 8, 6, 9, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime s_finalDay = new(2024, 9, 20, 9, 0, 0, DateTimeKind.Unspecified);
    private readonly string _panel = $"{track}-{(stage == "final_roadshow" ? "F" : "W")}";
    private readonly Dictionary<(string Judge, int Day), double> _dayEffects = [];
    private readonly Dictionary<string, (DateTime First, DateTime Last)> _span = new(StringComparer.Ordinal);

    /// <summary>Marks written.</summary>
    public int Marks { get; private set; }

    /// <summary>The sparse written review: each project read by the least loaded judges; returns each project's
    /// mean share of the maximum over its readers (the ranking that picks the finalists).</summary>
    public Dictionary<string, double> ScoreSparse(List<SimProject> projects, List<Plant> plants, StringBuilder csv)
    {
        var load = new int[judges.Count];
        var sheets = new List<(SimProject Project, int[] Readers)>();
        foreach (var project in projects)
        {
            var readers = Enumerable.Range(0, judges.Count).OrderBy(j => load[j]).ThenBy(_ => random.Next()).Take(design.RatersPerProject).Order().ToArray();
            foreach (var j in readers)
            {
                load[j]++;
            }

            sheets.Add((project, readers));
        }

        // Each judge's days: 3-6 distinct days of the window, his sheets in equal batches in that order.
        var schedule = new Dictionary<(int Judge, string Project), DateTime>();
        for (var j = 0; j < judges.Count; j++)
        {
            var mine = sheets.Where(s => s.Readers.Contains(j)).Select(s => s.Project.Id).ToList();
            var days = Enumerable.Range(0, design.ReviewDays).OrderBy(_ => random.Next()).Take(Math.Min(design.ReviewDays, 3 + random.Next(4))).Order().ToArray();
            for (var k = 0; k < mine.Count; k++)
            {
                var batch = k * days.Length / mine.Count;
                schedule[(j, mine[k])] = s_writtenStart.AddDays(days[batch]).AddMinutes(15 * k);
            }

            _span[judges[j].Id] = (s_writtenStart.AddDays(days[0]), s_writtenStart.AddDays(days[^1]));
        }

        var means = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (project, readers) in sheets)
        {
            var shares = Score(project, readers, j => schedule[(j, project.Id)], plants, csv);
            means[project.Id] = shares.Average();
        }

        return means;
    }

    /// <summary>The complete final panel: every judge marks every finalist on one day.</summary>
    public void ScoreComplete(List<SimProject> finalists, List<Plant> plants, StringBuilder csv)
    {
        var all = Enumerable.Range(0, judges.Count).ToArray();
        for (var i = 0; i < finalists.Count; i++)
        {
            var at = s_finalDay.AddMinutes(20 * i);
            Score(finalists[i], all, _ => at, plants, csv);
        }
    }

    /// <summary>The readers' marks of one project; returns each reader's share of the maximum.</summary>
    private List<double> Score(SimProject project, int[] readers, Func<int, DateTime> when, List<Plant> plants, StringBuilder csv)
    {
        var percents = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var shares = new List<double>(readers.Length);
        foreach (var j in readers)
        {
            var judge = judges[j];
            var at = when(j);
            var mine = plants.Where(p => p.Judge == judge.Id).ToList();
            var city = mine.FirstOrDefault(p => p.Kind == PlantKind.Favoritism)?.Partner ?? judge.City;
            var severity = judge.Severity + mine.Where(p => p.Kind == PlantKind.Harsh).Sum(p => p.Size) + Drift(judge, mine, at);
            var sheet = design.SheetSd * Normal.Sample(random, 0, 1);
            var day = DayEffect(judge.Id, at);
            var pct = new double[criteria.Count];
            for (var c = 0; c < criteria.Count; c++)
            {
                var level = 70 + project.Quality + project.Profile[c];
                pct[c] = 70 + (judge.Spread * (level - 70)) - severity + sheet + day + (judge.NoiseSd * Normal.Sample(random, 0, 1));
                if (city == project.City)
                {
                    pct[c] += mine.Where(p => p.Kind == PlantKind.Favoritism).Sum(p => p.Size);
                }
            }

            foreach (var p in mine)
            {
                Apply(p, pct, severity, percents);
            }

            percents[judge.Id] = pct;
            var marks = new int[criteria.Count];
            for (var c = 0; c < criteria.Count; c++)
            {
                marks[c] = (int)Math.Clamp(Math.Round(criteria[c] * pct[c] / 100, MidpointRounding.AwayFromZero), 0, criteria[c]);
            }

            Mistype(judge.Id, project.Id, marks, plants);
            shares.Add(marks.Sum() / (double)criteria.Sum());
            for (var c = 0; c < criteria.Count; c++)
            {
                csv.Append(CultureInfo.InvariantCulture,
                    $"{season},{stage},{track},{_panel},{judge.Id},{project.Id},{Criterion(c)},{marks[c]},{criteria[c]},0,{at:yyyy-MM-dd HH:mm},{judge.City},{project.City}\n");
                Marks++;
            }
        }

        return shares;
    }

    private string Criterion(int c) => string.Create(CultureInfo.InvariantCulture, $"{(stage == "final_roadshow" ? "F" : "C")}{c + 1}");

    private void Apply(Plant plant, double[] pct, double severity, Dictionary<string, double[]> percents)
    {
        switch (plant.Kind)
        {
            case PlantKind.CentralTendency:
                // Compression around the judge's own centre: the whole mark, noise included, to Size of its spread.
                for (var c = 0; c < pct.Length; c++)
                {
                    pct[c] = 70 - severity + (plant.Size * (pct[c] - (70 - severity)));
                }

                break;
            case PlantKind.Halo:
                var impression = pct.Average();
                for (var c = 0; c < pct.Length; c++)
                {
                    pct[c] = (plant.Size * impression) + ((1 - plant.Size) * pct[c]);
                }

                break;
            case PlantKind.Collusion when percents.TryGetValue(plant.Partner, out var copied):
                for (var c = 0; c < pct.Length; c++)
                {
                    pct[c] = copied[c] + (plant.Size * Normal.Sample(random, 0, 1));
                }

                break;
        }
    }

    /// <summary>A drifting judge's change at this sheet: Size × (τ − ½), τ = (day − first day) / (last day − first
    /// day) of his review days, so Size from his first to his last day and about zero on average.</summary>
    private double Drift(SimJudge judge, List<Plant> mine, DateTime at)
    {
        var drift = mine.FirstOrDefault(p => p.Kind == PlantKind.Drift);
        if (drift is null || !_span.TryGetValue(judge.Id, out var span) || span.Last <= span.First)
        {
            return 0;
        }

        var tau = (at.Date - span.First.Date).TotalDays / (span.Last.Date - span.First.Date).TotalDays;
        return drift.Size * (tau - 0.5);
    }

    private double DayEffect(string judge, DateTime at)
    {
        var key = (judge, (int)(at.Date - DateTime.MinValue.Date).TotalDays);
        if (!_dayEffects.TryGetValue(key, out var effect))
        {
            _dayEffects[key] = effect = design.DaySd * Normal.Sample(random, 0, 1);
        }

        return effect;
    }

    /// <summary>The dropped digit: the judge's first two-digit mark on a criterion of at least 15 points becomes its
    /// tens digit (85 -> 8); the plant records where.</summary>
    private void Mistype(string judge, string project, int[] marks, List<Plant> plants)
    {
        var index = plants.FindIndex(p => p.Kind == PlantKind.OutlierScore && p.Judge == judge && p.Partner.Length == 0);
        if (index < 0)
        {
            return;
        }

        for (var c = 0; c < marks.Length; c++)
        {
            if (criteria[c] >= 15 && marks[c] >= 10)
            {
                marks[c] /= 10;
                plants[index] = plants[index] with { Partner = project, Criterion = Criterion(c) };
                return;
            }
        }
    }
}
