using System.Globalization;
using Insights.Generator.Output;
using Insights.Generator.Randomness;
using Insights.Generator.Synthesis;
using Insights.Model.Reference;
using Insights.Model.Registration;

namespace Insights.Generator.Season;

internal sealed partial class SeasonGenerator
{
    private static readonly string[] s_teamOrdinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    private static readonly string[] s_roles = ["技术负责人", "工程师", "产品经理", "研究员", "数据分析师", "教授", "副教授", "博士研究生", "项目经理"];

    private int[] TrackSizes()
    {
        // Largest-remainder apportionment: the sizes add up to exactly the requested number of projects.
        var shares = GenerationProfile.TrackShares;
        var n = _options.Projects;
        var sizes = shares.Select(s => (int)Math.Floor(s * n)).ToArray();
        var order = Enumerable.Range(0, shares.Length).OrderByDescending(i => (shares[i] * n) - sizes[i]).ThenBy(i => i).ToArray();
        for (var k = 0; sizes.Sum() < n; k++)
        {
            sizes[order[k % order.Length]]++;
        }

        return sizes;
    }

    private void GenerateRegistration()
    {
        var sizes = TrackSizes();
        var (sixRepresentatives, sharedFrom, sharedTo) = _options.Plant ? PickRegistrationBreaches() : (-1, -1, -1);
        (string Name, string Phone, string Unit)? sharedPerson = null;
        var teamsPerUnit = new Dictionary<int, int>();
        long personIndex = 0;

        var registrationDir = Path.Combine(_options.OutputDirectory, "registration");
        using var teams = new CsvTableWriter(Path.Combine(registrationDir, "teams.csv"), TextEncodings.Utf8Bom,
            ["团队编号", "团队名称", "牵头单位", "牵头单位统一社会信用代码", "合作单位", "合作单位统一社会信用代码", "报名时间", "审核状态"]);
        using var representatives = new CsvTableWriter(Path.Combine(registrationDir, "representatives.csv"), TextEncodings.Gb18030,
            ["团队编号", "序号", "姓名", "手机号码", "所在单位", "职务", "是否负责人"]);
        using (var projects = new JsonArrayWriter(Path.Combine(registrationDir, "projects.json"),
            [new("export", "参赛项目"), new("season", _catalog.Season.Id), new("source", _catalog.Season.Website)]))
        {
            var global = 0;
            for (var t = 0; t < _catalog.Tracks.Count; t++)
            {
                var track = _catalog.Tracks[t];
                var problems = _catalog.ProblemsOf(track.Code);
                var trackRandom = _root.Fork("track-problems", t);
                var problemWeights = problems.Select(p => (p.TitleZh == "通用赛题" ? 1.6 : 1.0) * (0.6 + trackRandom.NextDouble())).ToArray();
                for (var j = 0; j < sizes[t]; j++, global++)
                {
                    var random = _root.Fork("project", global);
                    var problem = problems[random.PickWeighted(problemWeights)];
                    var lead = _plantedLeads.TryGetValue(global, out var planted) ? planted : PickLeadUnit(random);
                    var partners = random.Chance(GenerationProfile.JointTeamShare) ? PickPartners(random, lead) : [];
                    var teamId = _idPrefix[..2] + "TD" + (global + 1).ToString("000000", s_inv);
                    var projectId = $"{_idPrefix}-{track.Code}-{j + 1:00000}";
                    var project = new ProjectRecord(projectId, teamId, track, problem, lead, partners)
                    {
                        Quality = random.Normal(),
                        Profile = [.. Enumerable.Range(0, 5).Select(_ => random.Normal())],
                    };
                    var start = _calendar.RegistrationOpens;
                    project.RegisteredAt = start.AddMinutes(random.Next((int)(_calendar.RegistrationCloses - start).TotalMinutes));
                    var submitted = project.RegisteredAt.AddDays(1 + random.Next(20)).AddMinutes(random.Next(600));
                    project.SubmittedAt = submitted > _calendar.SubmissionCloses ? _calendar.SubmissionCloses : submitted;
                    _projects.Add(project);

                    var leadUnit = _units[lead];
                    teamsPerUnit[lead] = teamsPerUnit.GetValueOrDefault(lead) + 1;
                    var ordinal = teamsPerUnit[lead] <= s_teamOrdinals.Length ? s_teamOrdinals[teamsPerUnit[lead] - 1] : teamsPerUnit[lead].ToString(s_inv);
                    teams.Write(
                        teamId, $"{leadUnit.Name}{ordinal}队", leadUnit.Name, leadUnit.Uscc,
                        string.Join("；", partners.Select(p => _units[p].Name)), string.Join("；", partners.Select(p => _units[p].Uscc)),
                        project.RegisteredAt.ToString("yyyy/M/d H:mm", s_inv), "审核通过");

                    var count = 1 + random.PickWeighted(GenerationProfile.RepresentativeCounts);
                    if (global == sixRepresentatives)
                    {
                        count = _catalog.Rules.MaxRepresentativesPerTeam + 1;
                    }

                    // The receiving team's last seat goes to the shared person (a one-person team gets a second seat), so
                    // the team keeps at most five representatives.
                    var own = global == sharedTo ? Math.Max(1, count - 1) : count;
                    for (var r = 0; r < own; r++)
                    {
                        var unit = r == 0 || partners.Length == 0 ? leadUnit : _units[partners[random.Next(partners.Length)]];
                        var person = (Name: PersonNames.Next(random), Phone: PhoneNumbers.ForIndex(personIndex++, _options.Seed), Unit: unit.Name);
                        if (global == sharedFrom && r == 0)
                        {
                            sharedPerson = person;
                        }

                        representatives.Write(teamId, (r + 1).ToString(s_inv), person.Name, person.Phone, person.Unit,
                            r == 0 ? "项目负责人" : random.Pick(s_roles), r == 0 ? "是" : "否");
                    }

                    if (global == sharedTo)
                    {
                        _pendingSharedPerson = (teamId, own + 1);
                    }

                    // The receiving team may come before the person's own team: the row then lands later in the file.
                    if (_pendingSharedPerson is { } pending && sharedPerson is { } shared)
                    {
                        representatives.Write(pending.TeamId, pending.Seat.ToString(s_inv), shared.Name, shared.Phone, shared.Unit, "技术负责人", "否");
                        _pendingSharedPerson = null;
                        AddPlanted("representative_in_two_teams", "", "registration", "", $"@{sharedFrom};@{sharedTo}", "", RuleIds.RepresentativeOneTeam,
                            $"参赛代表{shared.Name}（{shared.Phone}）同时出现在两个团队", $"representative {shared.Name} ({shared.Phone}) is listed in two teams");
                    }

                    WriteProject(projects, project);
                    if (global % 5000 == 0)
                    {
                        Report("registration / 报名", global, _options.Projects);
                    }
                }
            }

            AddFile(projects.Path, "json", "utf-8", projects.Rows, "参赛项目 / projects");
        }

        if (sixRepresentatives >= 0)
        {
            AddPlanted("team_over_representative_limit", "", "registration", "", "@" + sixRepresentatives, "", RuleIds.TeamMaxRepresentatives,
                $"团队有{_catalog.Rules.MaxRepresentativesPerTeam + 1}名参赛代表，超过上限{_catalog.Rules.MaxRepresentativesPerTeam}人", $"a team lists {_catalog.Rules.MaxRepresentativesPerTeam + 1} representatives, over the limit of {_catalog.Rules.MaxRepresentativesPerTeam}");
        }

        AddFile(teams.Path, "csv", TextEncodings.Name(teams.Encoding), teams.Rows, "参赛团队 / teams");
        AddFile(representatives.Path, "csv", TextEncodings.Name(representatives.Encoding), representatives.Rows, "参赛代表 / representatives");
        ResolveProjectReferences();
    }

    private (string TeamId, int Seat)? _pendingSharedPerson;

    /// <summary>
    /// Three different teams (project indexes): the one with six representatives, and the giver and receiver of the
    /// shared person. A clean season skips this and uses -1, which matches no team.
    /// </summary>
    private (int SixRepresentatives, int SharedFrom, int SharedTo) PickRegistrationBreaches()
    {
        var random = _root.Fork("registration-breaches");
        var sixRepresentatives = random.Next(_options.Projects);
        int sharedFrom, sharedTo;
        do
        {
            sharedFrom = random.Next(_options.Projects);
        }
        while (sharedFrom == sixRepresentatives);

        do
        {
            sharedTo = random.Next(_options.Projects);
        }
        while (sharedTo == sixRepresentatives || sharedTo == sharedFrom);

        return (sixRepresentatives, sharedFrom, sharedTo);
    }

    private int[] PickPartners(DeterministicRandom random, int lead)
    {
        // Joint entries pair a firm with a university or research institute (产学研用) more often than not.
        var count = random.Chance(0.75) ? 1 : 2;
        var partners = new List<int>(count);
        while (partners.Count < count)
        {
            var candidate = random.Next(_units.Count);
            var academic = _units[candidate].Type is UnitType.University or UnitType.ResearchInstitute;
            if (candidate != lead && !partners.Contains(candidate) && !_plantedUnits.Contains(candidate) && (academic || random.Chance(0.3)))
            {
                partners.Add(candidate);
            }
        }

        return [.. partners];
    }

    private void WriteProject(JsonArrayWriter projects, ProjectRecord project) =>
        projects.Write(json =>
        {
            json.WriteString("projectId", project.Id);
            json.WriteString("teamId", project.TeamId);
            json.WriteString("projectName", ProjectNames.Next(_root.Fork("project-name", _projects.Count), project.Track, project.Problem));
            json.WriteString("trackName", project.Track.NameZh);
            json.WriteNumber("problemNo", project.Problem.Number);
            json.WriteString("problemTitle", project.Problem.TitleZh);
            json.WriteString("submittedAt", project.SubmittedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture));
        });

    private void ResolveProjectReferences()
    {
        for (var i = 0; i < _planted.Count; i++)
        {
            var refs = _planted[i].Projects.Split(';', StringSplitOptions.RemoveEmptyEntries);
            if (refs.Any(r => r.StartsWith('@')))
            {
                var ids = refs.Select(r => r.StartsWith('@') ? _projects[int.Parse(r[1..], s_inv)].Id : r).ToList();
                var track = _projects[int.Parse(refs[0].TrimStart('@'), s_inv)].Track.Code;
                _planted[i] = _planted[i] with { Projects = string.Join(";", ids), Track = refs.Length == 1 ? track : "" };
            }
        }
    }

    private void AddFile(string path, string format, string encoding, long rows, string description) =>
        _files.Add(new FileEntry(path, format, encoding, rows, description));
}
