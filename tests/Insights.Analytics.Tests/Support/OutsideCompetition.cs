using System.Globalization;
using System.Text;

namespace Insights.Analytics.Tests.Support;

/// <summary>
/// A two-stage outside competition as its organisers would hand it over in the generic long CSV: per track 100
/// projects; stage 1 by groups of 5 judges from a pool of 20 (25 projects a group), marks 0-100 with the judges'
/// severities N(0, 4²) and noise SD 5 on qualities N(70, 8²), the competition's standardized marks (标准分: each judge's
/// z-score × 10 + 80); four stage-1 marks of track TA reconsidered (复议, round 1, +8 points); the top 24 of each track by
/// the mean of the marks that counted go on to stage 2, scored by groups of 3 judges from a separate pool of 6; awards
/// 2 first, 4 second, 6 third per track by the stage-2 mean, published in a separate awards file in which track TA's
/// 6th and 7th places are swapped (a second and a third prize given the wrong way round); and the rules file.
/// </summary>
internal sealed class OutsideCompetition
{
    public const string Season = "OUT-2023";
    public static readonly string[] Tracks = ["TA", "TB"];

    /// <summary>Each judge's planted leniency: the points added to every mark he gives (a harsh judge's is negative).</summary>
    public Dictionary<string, double> Leniency { get; } = new(StringComparer.Ordinal);

    /// <summary>The reconsidered marks: (track, judge, project, original, reconsidered).</summary>
    public List<(string Track, string Judge, string Project, double From, double To)> Reconsidered { get; } = [];

    /// <summary>Projects per track that went on to stage 2.</summary>
    public Dictionary<string, HashSet<string>> Finalists { get; } = new(StringComparer.Ordinal);

    /// <summary>The two projects of track TA whose published awards are swapped.</summary>
    public (string Second, string Third) Swapped { get; private set; }

    public static OutsideCompetition Write(string folder, bool rules = true)
    {
        Directory.CreateDirectory(folder);
        var c = new OutsideCompetition();
        var random = new Random(2023);
        var scores = new StringBuilder("season,stage,track,panel,judge,project,criterion,score,min_score,max_score,round,standard_score\n");
        var awards = new StringBuilder("赛道,项目编号,奖项\n");
        foreach (var track in Tracks)
        {
            var quality = Enumerable.Range(0, 100).ToDictionary(p => $"{track}-{p:000}", _ => 70 + (8 * Normal(random)));
            var stage1 = c.Stage(random, track, "stage1", [.. quality.Keys], 20, 5, quality, scores, reconsider: track == "TA" ? 4 : 0);
            var finalists = stage1.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(24).Select(kv => kv.Key).ToList();
            c.Finalists[track] = [.. finalists];
            var stage2 = c.Stage(random, track, "stage2", finalists, 6, 3, quality, scores, reconsider: 0);
            var ranked = stage2.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
            var tiers = ranked.Select((p, i) => i < 2 ? "一等奖" : i < 6 ? "二等奖" : i < 12 ? "三等奖" : null).ToList();
            if (track == "TA")
            {
                (tiers[5], tiers[6]) = (tiers[6], tiers[5]);
                c.Swapped = (ranked[6], ranked[5]);
            }

            for (var i = 0; i < ranked.Count; i++)
            {
                if (tiers[i] is { } tier)
                {
                    awards.Append(CultureInfo.InvariantCulture, $"{track},{ranked[i]},{tier}\n");
                }
            }
        }

        File.WriteAllText(Path.Combine(folder, "scores.csv"), scores.ToString());
        File.WriteAllText(Path.Combine(folder, "awards.csv"), awards.ToString());
        if (rules)
        {
            File.WriteAllText(Path.Combine(folder, "rules.yaml"), """
                # rules of the outside competition
                season: OUT-2023
                stages:
                  - stage: stage1
                    name_zh: 初评
                    name_en: First round
                    score: mean
                    advance: 24
                  - stage: stage2
                    name_zh: 复评
                    name_en: Second round
                    score: mean
                    awards:
                      - {tier: first, count: 2, names: [一等奖]}
                      - {tier: second, count: 4, names: [二等奖]}
                      - {tier: third, count: 6, names: [三等奖]}
                """);
        }

        return c;
    }

    /// <summary>One stage of one track; returns each project's mean of the marks that counted.</summary>
    private Dictionary<string, double> Stage(
        Random random, string track, string stage, List<string> projects, int pool, int perGroup, Dictionary<string, double> quality, StringBuilder csv, int reconsider)
    {
        var judges = Enumerable.Range(0, pool).Select(j => $"{track}-{stage}-J{j:00}").ToList();
        foreach (var j in judges)
        {
            Leniency[j] = 4 * Normal(random);
        }

        var groups = pool / perGroup;
        var marks = new List<(string Panel, string Judge, string Project, double Score)>();
        for (var p = 0; p < projects.Count; p++)
        {
            var g = p % groups;
            for (var k = 0; k < perGroup; k++)
            {
                var judge = judges[(g * perGroup) + k];
                marks.Add(($"G{g + 1}", judge, projects[p], Math.Clamp(Math.Round(quality[projects[p]] + Leniency[judge] + (5 * Normal(random))), 0, 100)));
            }
        }

        var z = marks.GroupBy(m => m.Judge).ToDictionary(g => g.Key, g => (Mean: g.Average(m => m.Score), Sd: Math.Sqrt(g.Sum(m => Math.Pow(m.Score - g.Average(x => x.Score), 2)) / (g.Count() - 1))));
        var counted = marks.ToDictionary(m => (m.Judge, m.Project), m => m.Score);
        foreach (var m in marks)
        {
            var standard = Math.Round((((m.Score - z[m.Judge].Mean) / z[m.Judge].Sd) * 10) + 80, 2);
            csv.Append(CultureInfo.InvariantCulture, $"{Season},{stage},{track},{m.Panel},{m.Judge},{m.Project},total,{m.Score},0,100,,{standard}\n");
        }

        foreach (var m in marks.Where((_, i) => i % 37 == 5).Take(reconsider))
        {
            var to = Math.Min(100, m.Score + 8);
            Reconsidered.Add((track, m.Judge, m.Project, m.Score, to));
            counted[(m.Judge, m.Project)] = to;
            csv.Append(CultureInfo.InvariantCulture, $"{Season},{stage},{track},{m.Panel},{m.Judge},{m.Project},total,{to},0,100,复议,\n");
        }

        return projects.ToDictionary(p => p, p => counted.Where(kv => kv.Key.Project == p).Average(kv => kv.Value), StringComparer.Ordinal);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
