using System.Globalization;
using DuckDB.NET.Data;

namespace Insights.Analytics.Tests.Pipeline;

/// <summary>
/// What a generated season's analysis should find, from its truth folder (planted.csv, typos.csv, judges.csv,
/// projects.csv) and its warehouse, as keys kind|stage|track|judge[|project] (stage empty for kinds checked per track).
/// </summary>
/// <param name="Expected">Findings that must be made.</param>
/// <param name="Ambiguous">Findings that may or may not be made (neither counted as found nor as false).</param>
internal sealed record PlantedTruth(HashSet<string> Expected, HashSet<string> Ambiguous)
{
    /// <summary>Severity in points of 100 beyond which a judge is harsh or lenient: the detector's practical share, 10 % of the scale.</summary>
    public const double PracticalThreshold = 10;

    /// <summary>Below this drawn spread an unplanted judge's central_tendency finding is ambiguous.</summary>
    private const double CompressedSpread = 0.8;

    /// <summary>Half-width of the band around the threshold where an unplanted judge's effective severity is too close to call.</summary>
    public const double Band = 1.5;

    /// <summary>
    /// Reads the truth. Lenient and harsh are judged per unit by the judge's effective severity in it: the generator's
    /// mark is 70 + spread (level − 70) − severity + noise, so on the projects a judge scored his marks sit
    /// severity + (1 − spread)(mean level − 70) below an average judge (level: truth/projects.csv true_score); this is
    /// centred on the unit's judges (the model measures severity against the unit's average judge). A judge beyond the
    /// practical threshold + band is harsh or lenient whether planted or not (the generator draws ordinary severities
    /// from N(0, 3), so an ordinary judge can be truly harsh); one within the band is ambiguous.
    /// </summary>
    public static PlantedTruth Read(string truthFolder, string warehouse)
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var planted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Rows(Path.Combine(truthFolder, "planted.csv")))
        {
            var (kind, track, stage, judges) = (p[1], p[2], p[3], p[4].Split(';').Order(StringComparer.Ordinal).ToArray());
            switch (kind)
            {
                case "central_tendency_judge": expected.Add($"central_tendency|{stage}|{track}|{judges[0]}"); break;
                case "halo_judge": expected.Add($"halo|{stage}|{track}|{judges[0]}"); break;
                case "favouritism_judge": expected.Add($"favoritism||{track}|{judges[0]}"); break;
                case "copying_judges": expected.Add($"collusion||{track}|{string.Join(';', judges)}"); break;
                case "judge_on_both_panels": expected.Add($"panel_overlap||{track}|{judges[0]}"); break;
                case "drift_judge": expected.Add($"drift|{stage}|{track}|{judges[0]}"); break;
                case "lenient_judge": planted.Add($"lenient|{stage}|{track}|{judges[0]}"); break;
                case "harsh_judge": planted.Add($"harsh|{stage}|{track}|{judges[0]}"); break;
                default: break;
            }
        }

        foreach (var t in Rows(Path.Combine(truthFolder, "typos.csv")))
        {
            expected.Add($"outlier_score|preliminary_written|{t[1].Split('-')[1]}|{t[0]}|{t[1]}");
        }

        expected.UnionWith(planted);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var judge = Rows(Path.Combine(truthFolder, "judges.csv")).ToDictionary(r => r[0], r => (Severity: Number(r[3]), Spread: Number(r[4])), StringComparer.Ordinal);
        var level = Rows(Path.Combine(truthFolder, "projects.csv")).ToDictionary(r => r[0], r => Number(r[5]), StringComparer.Ordinal);
        foreach (var unit in JudgeProjects(warehouse).GroupBy(x => (x.Stage, x.Track)))
        {
            var effective = unit.GroupBy(x => x.Judge).ToDictionary(
                g => g.Key,
                g => judge[g.Key].Severity + ((1 - judge[g.Key].Spread) * (g.Average(x => level[x.Project]) - 70)),
                StringComparer.Ordinal);
            var centre = effective.Values.Average();
            foreach (var (id, value) in effective)
            {
                // An ordinary judge drawn with a spread below 0.8 (beyond about 2 SD of exp(N(0, 0.12))) compresses the
                // scale for real: a central_tendency finding on him is neither true nor false (issue 11 loosened the
                // relative-slope limit from 0.3 to 0.5 while requiring compressed spread; seed 7's EX00229, spread
                // 0.72, is then flagged on T10's short list).
                var central = $"central_tendency|{unit.Key.Stage}|{unit.Key.Track}|{id}";
                if (judge[id].Spread < CompressedSpread && !expected.Contains(central))
                {
                    ambiguous.Add(central);
                }

                var e = value - centre;
                var kind = e > 0 ? "harsh" : "lenient";
                var key = $"{kind}|{unit.Key.Stage}|{unit.Key.Track}|{id}";
                if (planted.Contains(key))
                {
                    continue;
                }

                if (Math.Abs(e) > PracticalThreshold + Band)
                {
                    expected.Add(key);
                }
                else if (Math.Abs(e) > PracticalThreshold - Band)
                {
                    ambiguous.Add(key);
                }
            }
        }

        return new PlantedTruth(expected, ambiguous);
    }

    private static List<(string Stage, string Track, string Judge, string Project)> JudgeProjects(string warehouse)
    {
        using var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT stage, track_code, judge_id, project_id FROM fact_score ORDER BY ALL";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    // The truth files have no quoted commas in the columns read here (ids, kinds, numbers); the detail text comes last.
    private static IEnumerable<string[]> Rows(string path) => File.ReadLines(path).Skip(1).Select(line => line.Split(','));
}
