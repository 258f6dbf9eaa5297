using System.Diagnostics;
using System.Text.Json;
using Insights.Warehouse.Tests.Support;
using nietras.SeparatedValues;

namespace Insights.Warehouse.Tests;

/// <summary>The rules find what the generator planted, where it planted it, and nothing else.</summary>
public sealed class PlantedTruthTests(ITestOutputHelper output)
{
    private static readonly string[] s_reviewStages = ["preliminary_written", "preliminary_onsite", "final_roadshow"];

    /// <summary>
    /// Proves, for generated seasons of 1,500 projects (seeds 7 and 11) and of the default 2,500 (seed 7): (a) every planted problem whose <c>detection</c> in
    /// truth/planted.csv is a rule id is in fact_finding under that rule_id, once per planted project, on the planted
    /// track (track_code), project (project_id, and team_id when the finding names a team: the project's team in
    /// registration/projects.json), judge (judge_id), unit (credit_code) and review stage; each planted problem claims a
    /// finding of its own (two planted complaints against one project need two findings); (b) fact_finding has no rule
    /// id that no planted problem names, and (c) no finding is left over once the planted problems have claimed theirs.
    /// Analytics-only plants (<c>analytics: ...</c>) are not the ingest's job and are left out.
    /// </summary>
    /// <param name="projects">Projects in the season.</param>
    /// <param name="seed">The generator's seed.</param>
    [Theory]
    [InlineData(1500, 7UL)]
    [InlineData(1500, 11UL)]
    [InlineData(2500, 7UL)]
    public async Task Every_planted_rule_breach_is_found_where_it_was_planted_and_nothing_else(int projects, ulong seed)
    {
        var clock = Stopwatch.StartNew();
        var season = GeneratedSeasonFiles.Shared(projects, seed);
        using var work = new TempDirectory($"planted-{seed}");
        var outcomes = await LakeRuns.LandAsync(season.ExportFolder, work.Combine("lake"));
        Assert.All(outcomes, o => Assert.True(o.Status == "landed" && o.Balanced, $"{o.File}: {o.Status} {o.ErrorEn}"));
        var warehouse = work.Combine("W.duckdb");
        var report = LakeRuns.Build(work.Combine("lake"), warehouse);
        Assert.True(report.TestsPassed, string.Join("\n", report.Tests.Where(t => !t.Passed).Select(t => $"{t.Name}: {string.Join(" / ", t.Sample)}")));

        var teamOf = TeamsOfProjects(season.Export("registration/projects.json"));
        var findings = LakeRuns.Query(warehouse, "SELECT rule_id, track_code, stage, judge_id, project_id, team_id, credit_code, message_en FROM fact_finding ORDER BY ALL")
            .Select(r => new Finding(
                (string)r["rule_id"]!, (string?)r["track_code"], (string?)r["stage"], (string?)r["judge_id"], (string?)r["project_id"],
                (string?)r["team_id"], (string?)r["credit_code"], (string)r["message_en"]!))
            .ToList();
        var planted = PlantedRuleBreaches(season.Truth("planted.csv"));
        output.WriteLine($"{projects} projects, seed {seed}: {planted.Count} planted rule breaches, {findings.Count} findings: {string.Join(", ", report.Findings.Select(f => $"{f.Key} ×{f.Value}"))}");

        var problems = new List<string>();
        var claimed = new HashSet<Finding>();
        foreach (var want in planted.OrderBy(w => findings.Count(f => w.Matches(f, teamOf))))
        {
            var match = findings.FirstOrDefault(f => !claimed.Contains(f) && want.Matches(f, teamOf));
            if (match is null)
            {
                problems.Add($"not found: {want}");
            }
            else
            {
                claimed.Add(match);
            }
        }

        var plantedRules = planted.Select(p => p.Rule).ToHashSet(StringComparer.Ordinal);
        foreach (var f in findings.Where(f => !plantedRules.Contains(f.Rule)))
        {
            problems.Add($"rule id nobody planted: {f}");
        }

        foreach (var f in findings.Where(f => plantedRules.Contains(f.Rule) && !claimed.Contains(f)))
        {
            problems.Add($"finding of a planted rule that no planted problem claims: {f}");
        }

        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(problems.Count == 0, $"{projects} projects, seed {seed}:\n" + string.Join("\n", problems));
    }

    private static Dictionary<string, string> TeamsOfProjects(string projectsJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(projectsJson));
        return document.RootElement.GetProperty("data").EnumerateArray()
            .ToDictionary(p => p.GetProperty("projectId").GetString()!, p => p.GetProperty("teamId").GetString()!, StringComparer.Ordinal);
    }

    private static List<PlantedBreach> PlantedRuleBreaches(string plantedCsv)
    {
        var list = new List<PlantedBreach>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(plantedCsv);
        foreach (var row in reader)
        {
            var detection = row["detection"].ToString();
            if (!detection.StartsWith("R-", StringComparison.Ordinal))
            {
                continue;
            }

            static string[] List(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var stage = row["stage"].ToString();
            var projects = List(row["projects"].ToString());
            foreach (var project in projects.Length == 0 ? [null] : projects.Cast<string?>())
            {
                list.Add(new PlantedBreach(
                    row["id"].ToString(), row["kind"].ToString(), detection, NullIfEmpty(row["track"].ToString()),
                    s_reviewStages.Contains(stage) ? stage : null, project, List(row["judges"].ToString()), List(row["units"].ToString())));
            }
        }

        return list;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private sealed record Finding(string Rule, string? Track, string? Stage, string? Judge, string? Project, string? Team, string? CreditCode, string MessageEn)
    {
        public override string ToString() =>
            $"{Rule} track={Track} stage={Stage} judge={Judge} project={Project} team={Team} credit_code={CreditCode}: {MessageEn}";
    }

    private sealed record PlantedBreach(string Id, string Kind, string Rule, string? Track, string? Stage, string? Project, string[] Judges, string[] Units)
    {
        public bool Matches(Finding f, IReadOnlyDictionary<string, string> teamOf) =>
            f.Rule == Rule
            && (Track is null || f.Track == Track)
            && (Stage is null || f.Stage == Stage)
            && (Project is null || f.Project == Project)
            && (Project is null || f.Team is null || (teamOf.TryGetValue(Project, out var team) && f.Team == team))
            && (Judges.Length == 0 || (f.Judge is not null && Judges.Contains(f.Judge)))
            && (Units.Length == 0 || (f.CreditCode is not null && Units.Contains(f.CreditCode)));

        public override string ToString() =>
            $"{Id} {Kind} → {Rule} track={Track} stage={Stage} project={Project} judges={string.Join(";", Judges)} units={string.Join(";", Units)}";
    }
}
