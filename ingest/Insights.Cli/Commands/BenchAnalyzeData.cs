using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Insights.Cli.Commands;

/// <summary>
/// The data of the analyze benchmark (<c>insights bench analyze-csv</c>, tests/bench/analyze-bench.sh): a national-scale
/// written review as one generic long score CSV. PROJECTS projects spread over 12 tracks; in each track, review groups
/// of 20 judges share about 300 projects, and each project is marked by 10 of its group's judges on 5 criteria, so
/// 100,000 projects give 5,000,000 marks. Scores are project quality plus criterion offset plus judge severity plus
/// noise, on 0-100, so that the statistics have something to estimate; the seed fixes every number.
/// </summary>
internal static class BenchAnalyzeData
{
    private const int Tracks = 12;
    private const int GroupJudges = 20;
    private const int GroupProjects = 300;
    private const int JudgesPerProject = 10;

    /// <summary>Writes the CSV.</summary>
    /// <param name="path">The CSV to write.</param>
    /// <param name="projects">Projects of the season.</param>
    /// <param name="seed">Seed of the scores.</param>
    /// <returns>0.</returns>
    public static int Write(string path, int projects, int seed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("season,stage,track,panel,judge,project,criterion,score,max_score,scored_at,judge_group,project_group\n");
        string[] criteria = ["solution", "data_elements", "application_value", "business_model", "team"];
        double[] offsets = [2, -3, 1, -4, 4];
        var written = 0L;
        var judges = 0;
        var order = new int[GroupJudges];
        for (var track = 1; track <= Tracks; track++)
        {
            // Projects of the track: an even share of the season, the first tracks taking the remainder.
            var inTrack = (projects / Tracks) + (track <= projects % Tracks ? 1 : 0);
            var groups = Math.Max(1, (int)Math.Round(inTrack / (double)GroupProjects));
            for (var g = 0; g < groups; g++)
            {
                var severity = new double[GroupJudges];
                var noise = new double[GroupJudges];
                for (var j = 0; j < GroupJudges; j++)
                {
                    severity[j] = 4 * Normal(random);
                    noise[j] = 4 + (4 * random.NextDouble());
                }

                var first = (int)((long)inTrack * g / groups);
                var last = (int)((long)inTrack * (g + 1) / groups);
                for (var p = first; p < last; p++)
                {
                    var project = string.Create(CultureInfo.InvariantCulture, $"BP{track:00}{p:000000}");
                    var quality = 60 + (10 * Normal(random));
                    for (var j = 0; j < GroupJudges; j++)
                    {
                        order[j] = j;
                    }

                    random.Shuffle(order);
                    Array.Sort(order, 0, JudgesPerProject);
                    for (var k = 0; k < JudgesPerProject; k++)
                    {
                        var j = order[k];
                        var judge = judges + j;
                        var day = 1 + random.Next(25);
                        for (var c = 0; c < criteria.Length; c++)
                        {
                            var score = Math.Clamp(Math.Round(quality + offsets[c] - severity[j] + (noise[j] * Normal(random))), 0, 100);
                            writer.Write(string.Create(CultureInfo.InvariantCulture,
                                $"NATL,preliminary_written,T{track:00},T{track:00}-G{g + 1:000},EX{judge:000000},{project},{criteria[c]},{score},100,2024-08-{day:00} 10:00,U{judge % 97:00},U{p % 89:00}\n"));
                            written++;
                        }
                    }
                }

                judges += GroupJudges;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{projects:N0} projects, {judges:N0} judges, {written:N0} marks → {path} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
