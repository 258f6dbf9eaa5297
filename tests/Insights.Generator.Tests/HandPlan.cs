using System.Text;

namespace Insights.Generator.Tests;

/// <summary>
/// Judging plans written by hand from a generated season's own export files (read with Sep and System.Text.Json, not
/// the generator's code), in the layout of <c>insights plan</c>'s assignments.csv, and seasons generated under them.
/// </summary>
public static class HandPlan
{
    public const string Header = "stage,track,panel,judge_id,project_id";

    /// <summary>The track code of a project id such as <c>JS24-T06-00012</c>.</summary>
    public static string TrackOf(string projectId) => projectId.Split('-')[1];

    /// <summary>
    /// Written rows for <paramref name="tracks"/> (every track when null): the track's projects (projects.json) in id
    /// order, project i read by the track's preliminary judges 3i, 3i+1, 3i+2 (mod their number) in id order, the
    /// judges being those the written-scores file shows in the track; one panel <c>T06-PRE-P</c> per track.
    /// </summary>
    public static List<string[]> Written(GeneratedSeason season, IReadOnlyCollection<string>? tracks = null)
    {
        var judges = GeneratedSeason.Csv(season.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8)
            .GroupBy(s => TrackOf(s["项目编号"]))
            .ToDictionary(t => t.Key, t => t.Select(s => s["专家编号"]).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var projects = GeneratedSeason.JsonData(season.Export("registration/projects.json")).Select(p => p.GetProperty("projectId").GetString()!).ToList();
        var rows = new List<string[]>();
        foreach (var track in judges.Keys.Order(StringComparer.Ordinal).Where(t => tracks is null || tracks.Contains(t)))
        {
            var pool = judges[track];
            var inTrack = projects.Where(p => TrackOf(p) == track).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < inTrack.Count; i++)
            {
                for (var k = 0; k < 3; k++)
                {
                    rows.Add(["preliminary_written", track, $"{track}-PRE-P", pool[((3 * i) + k) % pool.Count], inTrack[i]]);
                }
            }
        }

        return rows;
    }

    /// <summary>The preliminary judges of <paramref name="track"/> in the written-scores file, in id order.</summary>
    public static List<string> WrittenJudges(GeneratedSeason season, string track) =>
        [.. GeneratedSeason.Csv(season.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8)
            .Where(s => TrackOf(s["项目编号"]) == track).Select(s => s["专家编号"]).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Writes a plan file: the header, then one line per row, LF line ends, UTF-8 with or without a BOM.</summary>
    public static string Write(string path, IEnumerable<string[]> rows, bool bom = false, string header = Header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = string.Join('\n', [header, .. rows.Select(r => string.Join(',', r))]) + "\n";
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    /// <summary>Generates the clean season of <paramref name="projects"/> and <paramref name="seed"/> into <paramref name="root"/> under a plan.</summary>
    public static GenerationResult Generate(string root, int projects, ulong seed, string? plan, bool plant = false) =>
        SeasonFiles.Generate(new GeneratorOptions(Path.Combine(root, "export"), Path.Combine(root, "truth"), projects, seed, Plant: plant, PlanFile: plan));
}
