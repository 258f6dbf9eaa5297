using System.Globalization;
using System.Text;
using System.Text.Json;
using Insights.Model.Identifiers;
using Insights.Model.Reference;

namespace Insights.Generator.Tests;

/// <summary>
/// Recomputes the notice's rules from a season's exported files alone, read back with the independent readers, and
/// lists every breach as a key; <see cref="Planted"/> turns truth/planted.csv into the same keys. A season is right
/// when the two lists are equal: every planted rule breach is in the data and nothing else breaks a rule.
/// </summary>
internal static class RuleAudit
{
    // The notice's numbers, taken from the notice text rather than from the reference data the generator reads:
    // 四（二）1 初赛评审应于8月25日前完成; 四（二）2 9月15日前完成公示 (the publicity is over by then); 五（一）2 不超过5人; 七 7天.
    private const int PreliminaryDeadlineMonth = 8, PreliminaryDeadlineDay = 25, ResultsDeadlineMonth = 9, ResultsDeadlineDay = 15;
    private const int MaxRepresentatives = 5;
    private const int PublicityDays = 7;

    private static readonly ReferenceCatalog s_catalog = ReferenceCatalog.Load("2024-JS");
    private static readonly string[] s_unitTypes = ["企业", "事业单位", "科研院所", "高校"];

    /// <summary>Fails, listing the differences, unless the season breaks exactly the rules planted.csv lists.</summary>
    public static void AssertExactlyPlanted(GeneratedSeason season, int year = 2024)
    {
        var planted = Planted(season);
        var found = Breaches(season, year);
        var unexpected = new List<string>(found);
        var missing = planted.Where(p => !unexpected.Remove(p)).ToList();
        if (missing.Count > 0 || unexpected.Count > 0)
        {
            Assert.Fail($"planted but not in the data ({missing.Count}): {string.Join(" | ", missing.Take(40))}\n" +
                $"in the data but not planted ({unexpected.Count}): {string.Join(" | ", unexpected.Take(40))}");
        }
    }

    /// <summary>Keys of the rule breaches planted.csv lists (analytics-only plants have no rule and are left out).</summary>
    public static List<string> Planted(GeneratedSeason season)
    {
        var keys = new List<string>();
        foreach (var row in GeneratedSeason.Csv(season.Truth("planted.csv"), Encoding.UTF8).Where(r => r["detection"].StartsWith("R-", StringComparison.Ordinal)))
        {
            var (rule, track, projects) = (row["detection"], row["track"], row["projects"].Split(';'));
            switch (row["kind"])
            {
                case "team_over_representative_limit":
                    keys.AddRange(projects.Select(p => $"{rule} {p}"));
                    break;
                case "representative_in_two_teams":
                    keys.Add($"{rule} {string.Join(";", projects.Order(StringComparer.Ordinal))}");
                    break;
                case "organizer_subsidiary" or "blacklisted_unit" or "invalid_credit_code":
                    keys.AddRange(projects.Select(p => $"{rule} {p} {row["units"]}"));
                    break;
                case "judge_on_both_panels":
                    keys.Add($"{rule} {track} {row["judges"]}");
                    break;
                case "late_preliminary_review" or "late_results":
                    keys.Add($"{rule} {track}");
                    break;
                case "anonymous_complaint":
                    keys.Add($"{rule} anonymous {track} {row["projects"]}");
                    break;
                case "complaint_without_evidence":
                    keys.Add($"{rule} no-evidence {track} {row["projects"]}");
                    break;
                case "complaint_outside_publicity":
                    keys.Add($"{rule} complaint {track} {row["projects"]}");
                    break;
                default:
                    keys.Add($"unknown planted kind {row["kind"]}");
                    break;
            }
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    /// <summary>Keys of every rule breach found in the exported files of a season of <paramref name="year"/>.</summary>
    public static List<string> Breaches(GeneratedSeason season, int year = 2024)
    {
        var keys = new List<string>();
        var projects = GeneratedSeason.JsonData(season.Export("registration/projects.json"));
        var projectOfTeam = projects.GroupBy(p => p.GetProperty("teamId").GetString()!).ToDictionary(g => g.Key, g => g.Select(Id).ToList());
        var submitted = projects.ToDictionary(Id, p => DateTime.ParseExact(p.GetProperty("submittedAt").GetString()![..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        var teams = GeneratedSeason.Csv(season.Export("registration/teams.csv"), Encoding.UTF8);
        Registration(season, teams, projects, projectOfTeam, keys);
        Entrants(season, teams, projectOfTeam, keys);
        Reviews(season, submitted, new DateOnly(year, PreliminaryDeadlineMonth, PreliminaryDeadlineDay), keys);
        Publicity(season, new DateOnly(year, ResultsDeadlineMonth, ResultsDeadlineDay), keys);
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    private static string Id(JsonElement project) => project.GetProperty("projectId").GetString()!;

    private static string TrackCode(string nameZh) => s_catalog.Tracks.Single(t => t.NameZh == nameZh).Code;

    private static void Registration(GeneratedSeason season, List<Dictionary<string, string>> teams, List<JsonElement> projects,
        Dictionary<string, List<string>> projectOfTeam, List<string> keys)
    {
        // 五（一）2: one project per team; 五（二）1: one problem statement per project, from the project's track.
        foreach (var team in teams.Select(t => t["团队编号"]).Where(t => projectOfTeam.GetValueOrDefault(t)?.Count != 1))
        {
            keys.Add($"{RuleIds.TeamOneProject} {team}");
        }

        keys.AddRange(projects.Select(p => p.GetProperty("teamId").GetString()!).Except(teams.Select(t => t["团队编号"]))
            .Select(t => $"{RuleIds.TeamOneProject} {t} (no team)"));
        foreach (var project in projects)
        {
            var track = s_catalog.Tracks.Single(t => t.NameZh == project.GetProperty("trackName").GetString());
            var problems = s_catalog.ProblemsOf(track.Code);
            var number = project.GetProperty("problemNo").GetInt32();
            if (number < 1 || number > problems.Count || problems[number - 1].TitleZh != project.GetProperty("problemTitle").GetString())
            {
                keys.Add($"{RuleIds.ProjectOneProblem} {Id(project)}");
            }
        }

        // 五（一）2: at most five representatives per team, and a person represents one team only (a person is a phone number).
        var representatives = GeneratedSeason.Csv(season.Export("registration/representatives.csv"), GeneratedSeason.Gb18030);
        foreach (var team in representatives.GroupBy(r => r["团队编号"]).Where(g => g.Count() > MaxRepresentatives))
        {
            keys.AddRange(projectOfTeam[team.Key].Select(p => $"{RuleIds.TeamMaxRepresentatives} {p}"));
        }

        foreach (var person in representatives.GroupBy(r => r["手机号码"]))
        {
            var inTeams = person.Select(r => r["团队编号"]).Distinct().ToList();
            if (inTeams.Count > 1)
            {
                keys.Add($"{RuleIds.RepresentativeOneTeam} {string.Join(";", inTeams.SelectMany(t => projectOfTeam[t]).Order(StringComparer.Ordinal))}");
            }
        }
    }

    private static void Entrants(GeneratedSeason season, List<Dictionary<string, string>> teams, Dictionary<string, List<string>> projectOfTeam, List<string> keys)
    {
        var units = GeneratedSeason.Xlsx(season.Export("registration/units.xlsx")).Rows
            .ToDictionary(u => u[0]!.ToString()!, u => (Name: u[1]!.ToString()!, Type: u[2]?.ToString() ?? "", Parent: u[4]?.ToString() ?? ""));
        var blacklist = GeneratedSeason.Csv(season.Export("reference/credit_blacklist.csv"), Encoding.UTF8);
        var listedCodes = blacklist.Select(b => b["统一社会信用代码"]).ToHashSet(StringComparer.Ordinal);
        var listedNames = blacklist.Select(b => b["单位名称"]).ToHashSet(StringComparer.Ordinal);
        var organizers = s_catalog.OrganizingUnits.SelectMany(u => u.AllNamesZh).ToList();
        foreach (var team in teams)
        {
            var codes = new[] { team["牵头单位统一社会信用代码"] }
                .Concat(team["合作单位统一社会信用代码"].Split('；', StringSplitOptions.RemoveEmptyEntries));
            foreach (var project in projectOfTeam[team["团队编号"]])
            {
                if (team["牵头单位"].Length == 0)
                {
                    keys.Add($"{RuleIds.TeamLeadUnit} {project}");
                }

                foreach (var code in codes)
                {
                    // 五（一）1: an independent legal person of the four kinds, with a valid credit code (GB 32100).
                    var known = units.TryGetValue(code, out var unit);
                    if (!known || !UnifiedSocialCreditCode.IsValid(code) || !s_unitTypes.Contains(unit.Type))
                    {
                        keys.Add($"{RuleIds.EntrantLegalPerson} {project} {code}");
                    }

                    if (listedCodes.Contains(code) || (known && listedNames.Contains(unit.Name)))
                    {
                        keys.Add($"{RuleIds.EntrantBlacklist} {project} {code}");
                    }

                    // 五（一）5: organizing units and their branches, subsidiaries, holding and parent companies.
                    if (known && organizers.Any(o => unit.Name.Contains(o, StringComparison.Ordinal) || unit.Parent.Contains(o, StringComparison.Ordinal)))
                    {
                        keys.Add($"{RuleIds.EntrantOrganizer} {project} {code}");
                    }
                }
            }
        }
    }

    private static void Reviews(GeneratedSeason season, Dictionary<string, DateTime> submitted, DateOnly preliminaryDeadline, List<string> keys)
    {
        // 三（七）: a track's preliminary and final judges differ.
        var panels = GeneratedSeason.Csv(season.Export("reviews/panels.csv"), Encoding.UTF8);
        foreach (var track in panels.GroupBy(p => p["赛道"]))
        {
            var finalJudges = track.Where(p => p["评审阶段"] == "决赛路演答辩").Select(p => p["专家编号"]).ToHashSet(StringComparer.Ordinal);
            var both = track.Where(p => p["评审阶段"] != "决赛路演答辩" && finalJudges.Contains(p["专家编号"])).Select(p => p["专家编号"]).Distinct();
            keys.AddRange(both.Select(j => $"{RuleIds.PanelDisjoint} {TrackCode(track.Key)} {j}"));
        }

        // 四（二）1: the preliminary review (written and on-site) is over by 8-25; a project is scored after it is submitted.
        var lastPreliminary = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var early = new SortedSet<string>(StringComparer.Ordinal);
        void Scored(string track, string project, DateTime at, bool preliminary)
        {
            if (at <= submitted[project])
            {
                early.Add(project);
            }

            if (preliminary && DateOnly.FromDateTime(at) > lastPreliminary.GetValueOrDefault(track))
            {
                lastPreliminary[track] = DateOnly.FromDateTime(at);
            }
        }

        foreach (var row in GeneratedSeason.Csv(season.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8))
        {
            Scored(row["赛道"], row["项目编号"], DateTime.ParseExact(row["评分时间"], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), true);
        }

        foreach (var row in GeneratedSeason.Csv(season.Export("reviews/preliminary_onsite_scores.csv"), GeneratedSeason.Gb18030))
        {
            Scored(row["赛道"], row["项目编号"], DateTime.ParseExact(row["评审日期"], "yyyy/M/d", CultureInfo.InvariantCulture), true);
        }

        var (header, final) = GeneratedSeason.Xlsx(season.Export("reviews/final_roadshow_scores.xlsx"));
        foreach (var row in final)
        {
            Scored(row[0]!.ToString()!, row[header.IndexOf("项目编号")]!.ToString()!, (DateTime)row[header.IndexOf("评审日期")]!, false);
        }

        keys.AddRange(early.Select(p => $"scored before submission {p}"));
        keys.AddRange(lastPreliminary.Where(t => t.Value > preliminaryDeadline).Select(t => $"{RuleIds.PreliminaryDeadline} {TrackCode(t.Key)}"));
    }

    private static void Publicity(GeneratedSeason season, DateOnly resultsDeadline, List<string> keys)
    {
        // 七 and 四（二）2: seven days of publicity per track, over by 9-15.
        var (header, awards) = GeneratedSeason.Xlsx(season.Export("awards/awards.xlsx"));
        var periods = new Dictionary<string, (DateOnly Start, DateOnly End)>(StringComparer.Ordinal);
        foreach (var track in awards.GroupBy(a => a[0]!.ToString()!))
        {
            var dates = track.Select(a => (Start: Day(a[header.IndexOf("公示开始日期")]), End: Day(a[header.IndexOf("公示结束日期")]))).Distinct().ToList();
            var (start, end) = dates[0];
            periods[track.Key] = (start, end);
            if (dates.Count != 1 || end.DayNumber - start.DayNumber + 1 != PublicityDays)
            {
                keys.Add($"{RuleIds.PublicityDays} awards {TrackCode(track.Key)}");
            }

            if (end > resultsDeadline)
            {
                keys.Add($"{RuleIds.FinalResultsDeadline} {TrackCode(track.Key)}");
            }
        }

        // 七: complaints are real-name with evidence, and filed during the publicity period.
        foreach (var complaint in GeneratedSeason.JsonData(season.Export("complaints/complaints.json")))
        {
            var trackName = complaint.GetProperty("trackName").GetString()!;
            var at = $"{TrackCode(trackName)} {complaint.GetProperty("projectId").GetString()}";
            var anonymous = complaint.GetProperty("reporterType").GetString() != "实名"
                || complaint.GetProperty("reporterName").GetString()!.Length == 0 || complaint.GetProperty("reporterPhone").GetString()!.Length == 0;
            if (anonymous)
            {
                keys.Add($"{RuleIds.ComplaintRealName} anonymous {at}");
            }
            else if (!complaint.GetProperty("hasEvidence").GetBoolean() || complaint.GetProperty("evidenceFiles").GetArrayLength() == 0)
            {
                keys.Add($"{RuleIds.ComplaintRealName} no-evidence {at}");
            }

            var filed = DateOnly.FromDateTime(DateTime.ParseExact(complaint.GetProperty("filedAt").GetString()!, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            var (start, end) = periods[trackName];
            if (filed < start || filed > end)
            {
                keys.Add($"{RuleIds.PublicityDays} complaint {at}");
            }
        }
    }

    private static DateOnly Day(object? value) => value is DateTime d
        ? DateOnly.FromDateTime(d)
        : DateOnly.ParseExact(value!.ToString()!, "yyyy年M月d日", CultureInfo.InvariantCulture);
}
