using System.Globalization;
using Insights.Generator.Output;
using Insights.Generator.Synthesis;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// Step 2: teams, their projects and representatives as the registration website exports them. Each project draws
/// from its own stream <c>project</c> (index), its problem weights from <c>track-problems</c> (track) and its name from
/// <c>project-name</c>; the planted representative breaches from <c>registration-breaches</c>.
/// </summary>
internal static class Registration
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;
    private static readonly string[] s_teamOrdinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    private static readonly string[] s_roles = ["技术负责人", "工程师", "产品经理", "研究员", "数据分析师", "教授", "副教授", "博士研究生", "项目经理"];

    /// <summary>Generates and writes the registration files.</summary>
    /// <param name="context">The season.</param>
    /// <param name="entrants">The entrant units.</param>
    /// <returns>The projects, the planted problems so far and the files written.</returns>
    public static RegisteredSeason Generate(SeasonContext context, EntrantUnits entrants)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entrants);
        var (options, catalog, calendar, idPrefix) = (context.Options, context.Catalog, context.Calendar, context.IdPrefix);
        var units = entrants.Units;
        var sizes = TrackSizes(options.Projects);
        var (sixRepresentatives, sharedFrom, sharedTo) = options.Plant ? PickBreaches(context) : (-1, -1, -1);
        (string Name, string Phone, string Unit)? sharedPerson = null;
        (string TeamId, int Seat)? pendingSharedPerson = null;
        var teamsPerUnit = new Dictionary<int, int>();
        long personIndex = 0;
        var projectList = new List<ProjectRecord>(options.Projects);
        var log = new PlantedLog();
        var files = new List<SeasonFile>();

        var registrationDir = Path.Combine(options.OutputDirectory, "registration");
        using var teams = new CsvTableWriter(Path.Combine(registrationDir, "teams.csv"), TextEncodings.Utf8Bom,
            ["团队编号", "团队名称", "牵头单位", "牵头单位统一社会信用代码", "合作单位", "合作单位统一社会信用代码", "报名时间", "审核状态"]);
        using var representatives = new CsvTableWriter(Path.Combine(registrationDir, "representatives.csv"), TextEncodings.Gb18030,
            ["团队编号", "序号", "姓名", "手机号码", "所在单位", "职务", "是否负责人"]);
        using (var projects = new JsonArrayWriter(Path.Combine(registrationDir, "projects.json"),
            [new("export", "参赛项目"), new("season", catalog.Season.Id), new("source", catalog.Season.Website)]))
        {
            var global = 0;
            for (var t = 0; t < catalog.Tracks.Count; t++)
            {
                var track = catalog.Tracks[t];
                var problems = catalog.ProblemsOf(track.Code);
                var trackRandom = context.Root.Fork("track-problems", t);
                var problemWeights = problems.Select(p => (p.TitleZh == "通用赛题" ? 1.6 : 1.0) * (0.6 + trackRandom.NextDouble())).ToArray();
                for (var j = 0; j < sizes[t]; j++, global++)
                {
                    var random = context.Root.Fork("project", global);
                    var problem = problems[random.PickWeighted(problemWeights)];
                    var lead = entrants.PlantedLeads.TryGetValue(global, out var planted) ? planted : entrants.PickLead(random);
                    var partners = random.Chance(GenerationProfile.JointTeamShare) ? entrants.PickPartners(random, lead) : [];
                    var teamId = idPrefix[..2] + "TD" + (global + 1).ToString("000000", s_inv);
                    var projectId = $"{idPrefix}-{track.Code}-{j + 1:00000}";
                    // Drawn in this order: quality, profile, registration time, submission delay.
                    var quality = random.Normal();
                    double[] profile = [.. Enumerable.Range(0, 5).Select(_ => random.Normal())];
                    var start = calendar.RegistrationOpens;
                    var registeredAt = start.AddMinutes(random.Next((int)(calendar.RegistrationCloses - start).TotalMinutes));
                    var submitted = registeredAt.AddDays(1 + random.Next(20)).AddMinutes(random.Next(600));
                    var project = new ProjectRecord(projectId, teamId, track, problem, lead, partners)
                    {
                        Quality = quality,
                        Profile = profile,
                        RegisteredAt = registeredAt,
                        SubmittedAt = submitted > calendar.SubmissionCloses ? calendar.SubmissionCloses : submitted,
                    };
                    projectList.Add(project);

                    var leadUnit = units[lead];
                    teamsPerUnit[lead] = teamsPerUnit.GetValueOrDefault(lead) + 1;
                    var ordinal = teamsPerUnit[lead] <= s_teamOrdinals.Length ? s_teamOrdinals[teamsPerUnit[lead] - 1] : teamsPerUnit[lead].ToString(s_inv);
                    teams.Write(
                        teamId, $"{leadUnit.Name}{ordinal}队", leadUnit.Name, leadUnit.Uscc,
                        string.Join("；", partners.Select(p => units[p].Name)), string.Join("；", partners.Select(p => units[p].Uscc)),
                        project.RegisteredAt.ToString("yyyy/M/d H:mm", s_inv), "审核通过");

                    var count = 1 + random.PickWeighted(GenerationProfile.RepresentativeCounts);
                    if (global == sixRepresentatives)
                    {
                        count = catalog.Rules.MaxRepresentativesPerTeam + 1;
                    }

                    // The receiving team's last seat goes to the shared person (a one-person team gets a second seat), so
                    // the team keeps at most five representatives.
                    var own = global == sharedTo ? Math.Max(1, count - 1) : count;
                    for (var r = 0; r < own; r++)
                    {
                        var unit = r == 0 || partners.Length == 0 ? leadUnit : units[partners[random.Next(partners.Length)]];
                        var person = (Name: PersonNames.Next(random), Phone: PhoneNumbers.ForIndex(personIndex++, options.Seed), Unit: unit.Name);
                        if (global == sharedFrom && r == 0)
                        {
                            sharedPerson = person;
                        }

                        representatives.Write(teamId, (r + 1).ToString(s_inv), person.Name, person.Phone, person.Unit,
                            r == 0 ? "项目负责人" : random.Pick(s_roles), r == 0 ? "是" : "否");
                    }

                    if (global == sharedTo)
                    {
                        pendingSharedPerson = (teamId, own + 1);
                    }

                    // The receiving team may come before the person's own team: the row then lands later in the file.
                    if (pendingSharedPerson is { } pending && sharedPerson is { } shared)
                    {
                        representatives.Write(pending.TeamId, pending.Seat.ToString(s_inv), shared.Name, shared.Phone, shared.Unit, "技术负责人", "否");
                        pendingSharedPerson = null;
                        log.Add("representative_in_two_teams", "", "registration", "", $"@{sharedFrom};@{sharedTo}", "", RuleIds.RepresentativeOneTeam,
                            $"参赛代表{shared.Name}（{shared.Phone}）同时出现在两个团队", $"representative {shared.Name} ({shared.Phone}) is listed in two teams");
                    }

                    // The name's stream is numbered from 1: it was forked once the project was on the list.
                    WriteProject(projects, project, context.Root.Fork("project-name", projectList.Count));
                    if (global % 5000 == 0)
                    {
                        context.Report("registration / 报名", global, options.Projects);
                    }
                }
            }

            files.Add(new SeasonFile(projects.Path, "json", "utf-8", projects.Rows, "参赛项目 / projects"));
        }

        if (sixRepresentatives >= 0)
        {
            var limit = catalog.Rules.MaxRepresentativesPerTeam;
            log.Add("team_over_representative_limit", "", "registration", "", "@" + sixRepresentatives, "", RuleIds.TeamMaxRepresentatives,
                $"团队有{limit + 1}名参赛代表，超过上限{limit}人", $"a team lists {limit + 1} representatives, over the limit of {limit}");
        }

        files.Add(new SeasonFile(teams.Path, "csv", TextEncodings.Name(teams.Encoding), teams.Rows, "参赛团队 / teams"));
        files.Add(new SeasonFile(representatives.Path, "csv", TextEncodings.Name(representatives.Encoding), representatives.Rows, "参赛代表 / representatives"));
        var resolved = ResolveProjectReferences([.. entrants.Planted, .. log.Problems], projectList);
        return new RegisteredSeason(projectList, resolved, files);
    }

    /// <summary>Projects per track, by <see cref="GenerationProfile.TrackShares"/>.</summary>
    private static int[] TrackSizes(int n)
    {
        // Largest-remainder apportionment: the sizes add up to exactly the requested number of projects.
        var shares = GenerationProfile.TrackShares;
        var sizes = shares.Select(s => (int)Math.Floor(s * n)).ToArray();
        var order = Enumerable.Range(0, shares.Length).OrderByDescending(i => (shares[i] * n) - sizes[i]).ThenBy(i => i).ToArray();
        for (var k = 0; sizes.Sum() < n; k++)
        {
            sizes[order[k % order.Length]]++;
        }

        return sizes;
    }

    /// <summary>
    /// Three different teams (project indexes): the one with six representatives, and the giver and receiver of the
    /// shared person. A clean season skips this and uses -1, which matches no team.
    /// </summary>
    private static (int SixRepresentatives, int SharedFrom, int SharedTo) PickBreaches(SeasonContext context)
    {
        var random = context.Root.Fork("registration-breaches");
        var projects = context.Options.Projects;
        var sixRepresentatives = random.Next(projects);
        int sharedFrom, sharedTo;
        do
        {
            sharedFrom = random.Next(projects);
        }
        while (sharedFrom == sixRepresentatives);

        do
        {
            sharedTo = random.Next(projects);
        }
        while (sharedTo == sixRepresentatives || sharedTo == sharedFrom);

        return (sixRepresentatives, sharedFrom, sharedTo);
    }

    private static void WriteProject(JsonArrayWriter projects, ProjectRecord project, Randomness.DeterministicRandom nameRandom) =>
        projects.Write(json =>
        {
            json.WriteString("projectId", project.Id);
            json.WriteString("teamId", project.TeamId);
            json.WriteString("projectName", ProjectNames.Next(nameRandom, project.Track, project.Problem));
            json.WriteString("trackName", project.Track.NameZh);
            json.WriteNumber("problemNo", project.Problem.Number);
            json.WriteString("problemTitle", project.Problem.TitleZh);
            json.WriteString("submittedAt", project.SubmittedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", s_inv));
        });

    /// <summary>
    /// Replaces the <c>@index</c> project references the units and the registration planted (they were chosen before
    /// the projects existed) by project ids; a problem with one project takes that project's track.
    /// </summary>
    private static List<PlantedProblem> ResolveProjectReferences(List<PlantedProblem> planted, List<ProjectRecord> projects)
    {
        for (var i = 0; i < planted.Count; i++)
        {
            var refs = planted[i].Projects.Split(';', StringSplitOptions.RemoveEmptyEntries);
            if (refs.Any(r => r.StartsWith('@')))
            {
                var ids = refs.Select(r => r.StartsWith('@') ? projects[int.Parse(r[1..], s_inv)].Id : r).ToList();
                var track = projects[int.Parse(refs[0].TrimStart('@'), s_inv)].Track.Code;
                planted[i] = planted[i] with { Projects = string.Join(";", ids), Track = refs.Length == 1 ? track : "" };
            }
        }

        return planted;
    }
}
