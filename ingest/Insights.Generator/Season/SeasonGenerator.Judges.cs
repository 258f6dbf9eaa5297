using Insights.Generator.Output;
using Insights.Generator.Randomness;
using Insights.Generator.Synthesis;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

internal sealed partial class SeasonGenerator
{
    // The notice's kinds of expert (三（七）) and titles that go with them.
    private static readonly string[] s_expertTypes = ["专家学者", "企业技术带头人", "投融资机构专家", "行业协会专家"];
    private static readonly string[][] s_titles =
    [
        ["教授", "研究员", "副教授", "副研究员"],
        ["正高级工程师", "高级工程师", "首席技术官"],
        ["合伙人", "投资总监", "董事总经理"],
        ["秘书长", "副会长", "高级经济师"],
    ];

    private readonly Dictionary<string, TrackPanels> _panels = new(StringComparer.Ordinal);

    private void GenerateJudgesAndPanels()
    {
        var entrantNames = _units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var committeePools = new Dictionary<string, List<JudgeRecord>>(StringComparer.Ordinal);
        foreach (var track in _catalog.Tracks)
        {
            var random = _root.Fork("panels", track.Number);
            var committee = _catalog.Committee(track.CommitteeCode);
            var pool = committeePools.TryGetValue(committee.Code, out var existing) ? existing : committeePools[committee.Code] = [];
            var panels = new TrackPanels(track.Code);
            _panels[track.Code] = panels;

            var projects = _projects.Where(p => p.Track == track).ToList();
            var groups = Math.Max(1, (int)Math.Ceiling(projects.Count / (double)GenerationProfile.ProjectsPerWrittenGroup));
            for (var i = 0; i < projects.Count; i++)
            {
                projects[i].WrittenGroup = i % groups;
            }

            var used = new HashSet<JudgeRecord>();
            for (var g = 0; g < groups; g++)
            {
                var inGroup = projects.Count(p => p.WrittenGroup == g);
                var size = Math.Clamp((int)Math.Ceiling(inGroup * 3.9 / GenerationProfile.WrittenLoadPerJudge), GenerationProfile.MinWrittenGroup, GenerationProfile.MaxWrittenGroup);
                var members = new List<JudgeRecord>(size);
                // Judges of the committee's other tracks fill some seats, which links tracks through shared judges.
                var reusable = pool.Where(j => !used.Contains(j)).ToList();
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(reusable));
                foreach (var judge in reusable.Take((int)(size * GenerationProfile.CrossTrackJudgeShare)))
                {
                    members.Add(judge);
                }

                while (members.Count < size)
                {
                    members.Add(NewJudge(random, committee, entrantNames));
                }

                foreach (var judge in members)
                {
                    used.Add(judge);
                }

                var groupId = $"{track.Code}-PRE-{g + 1:00}";
                panels.WrittenGroups.Add(members);
                panels.WrittenGroupIds.Add(groupId);
                members.ForEach(j => j.Panels.Add(groupId));
            }

            var preliminary = panels.PreliminaryJudges.ToArray();
            random.Shuffle(preliminary.AsSpan());
            var finalSize = random.Between(GenerationProfile.MinCompletePanel, GenerationProfile.MaxCompletePanel);
            if (IsPlantedIn("both_panels", track))
            {
                var judge = preliminary.First(j => j.Panels.All(p => p.StartsWith(track.Code, StringComparison.Ordinal)));
                panels.Final.Add(judge);
                AddPlanted("judge_on_both_panels", track.Code, "final_roadshow", judge.Id, "", "", RuleIds.PanelDisjoint,
                    $"评审专家{judge.Id}同时在{track.NameZh}赛道初赛与决赛评审组", $"judge {judge.Id} sits on both the preliminary and the final panel of track {track.Code}");
            }

            while (panels.Final.Count < finalSize)
            {
                panels.Final.Add(NewJudge(random, committee, entrantNames));
            }

            PlantJudgeQuirks(track, panels, projects);
            // A planted quirk shows only where planted.csv says, in the written group: the on-site panel is drawn from
            // the ordinary preliminary judges, and only they join the committee's pool for its later tracks.
            // The drift judge counts as ordinary here: his drift is confined to his planted group's written marks
            // (DriftGroup), and keeping him in the on-site draw and the pool leaves every other panel of the seed as it was.
            var ordinary = preliminary.Where(j => j.Quirk is JudgeQuirk.None or JudgeQuirk.Drift).ToList();
            panels.Onsite.AddRange(ordinary.Take(Math.Min(ordinary.Count, random.Between(GenerationProfile.MinCompletePanel, GenerationProfile.MaxCompletePanel))));
            panels.Onsite.ForEach(j => j.Panels.Add(panels.OnsiteId));
            pool.AddRange(ordinary.Where(j => !pool.Contains(j)));
            panels.Final.ForEach(j => j.Panels.Add(panels.FinalId));
            ScheduleTrack(track, panels, random);
        }

        WritePanelsAndJudges();
    }

    private JudgeRecord NewJudge(DeterministicRandom random, Committee committee, HashSet<string> entrantNames)
    {
        var index = _judges.Count;
        var type = random.Next(s_expertTypes.Length);
        var city = random.Chance(0.7) ? _catalog.Cities.First(c => c.NameZh == committee.CityZh) : random.Pick(_catalog.Cities);
        string employer;
        do
        {
            employer = UnitNames.Employer(random, city.NameZh.TrimEnd('市'));
        }
        while (entrantNames.Contains(employer));

        var judge = new JudgeRecord(
            index, "EX" + (index + 1).ToString("00000", s_inv), PersonNames.Next(random), employer, city,
            s_expertTypes[type], random.Pick(s_titles[type]), PhoneNumbers.ForIndex(1_000_000_000L + index, _options.Seed), committee.Code)
        {
            Severity = random.Normal(0, GenerationProfile.SeveritySd),
            Spread = Math.Exp(random.Normal(0, 0.12)),
            NoiseSd = 3.5 + (3 * random.NextDouble()),
            Heaping = 0.5 * random.NextDouble(),
        };
        _judges.Add(judge);
        return judge;
    }

    private void PlantJudgeQuirks(Track track, TrackPanels panels, List<ProjectRecord> projects)
    {
        var group = panels.WrittenGroups[0];
        var groupId = panels.WrittenGroupIds[0];
        var stage = "preliminary_written";
        // Planted judges are new to the track (not shared with an earlier track) and stay out of its final panel, so
        // their behaviour is theirs alone; they are kept off the on-site panel and out of later tracks by the caller.
        JudgeRecord Fresh(int seat) => group
            .Where(j => j.Quirk == JudgeQuirk.None && !panels.Final.Contains(j) && j.Panels.All(p => p.StartsWith(track.Code, StringComparison.Ordinal)))
            .Skip(seat).First();

        if (IsPlantedIn("lenient", track))
        {
            var judge = Fresh(0);
            (judge.Quirk, judge.Severity) = (JudgeQuirk.Lenient, -12);
            AddPlanted("lenient_judge", track.Code, stage, judge.Id, "", "", "analytics: severity",
                $"评审专家{judge.Id}在{groupId}组打分极宽松（平均高出12分）", $"judge {judge.Id} in {groupId} is very lenient (+12 points of 100)");
        }

        if (IsPlantedIn("harsh", track))
        {
            var judge = Fresh(0);
            (judge.Quirk, judge.Severity) = (JudgeQuirk.Harsh, 12);
            AddPlanted("harsh_judge", track.Code, stage, judge.Id, "", "", "analytics: severity",
                $"评审专家{judge.Id}在{groupId}组打分极严格（平均低12分）", $"judge {judge.Id} in {groupId} is very harsh (-12 points of 100)");
        }

        if (IsPlantedIn("central", track))
        {
            var judge = Fresh(1);
            (judge.Quirk, judge.Spread, judge.NoiseSd, judge.Heaping, judge.Severity) = (JudgeQuirk.Central, 0.2, 1.5, 0, 0);
            AddPlanted("central_tendency_judge", track.Code, stage, judge.Id, "", "", "analytics: scale use (infit/outfit, spread)",
                $"评审专家{judge.Id}只用量表中段（分差压缩到五分之一）", $"judge {judge.Id} uses only the middle of the scale (spread compressed to one fifth)");
        }

        if (IsPlantedIn("halo", track))
        {
            var judge = Fresh(2);
            // No rounding to fives either: that would break the identical marks one criterion at a time.
            (judge.Quirk, judge.Heaping) = (JudgeQuirk.Halo, 0);
            AddPlanted("halo_judge", track.Code, stage, judge.Id, "", "", "analytics: halo (within-project criterion variance)",
                $"评审专家{judge.Id}对每个项目各评分项给出相同分数（光环效应）", $"judge {judge.Id} gives identical marks on all criteria of a project (halo)");
        }

        if (IsPlantedIn("favouritism", track))
        {
            var judge = Fresh(3);
            // The unit leading most projects of the group; a planted ineligible unit only if there is no other.
            var favoured = projects.Where(p => p.WrittenGroup == 0).GroupBy(p => p.LeadUnit)
                .OrderBy(g => _plantedUnits.Contains(g.Key) ? 1 : 0).ThenByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var unit = _units[favoured];
            (judge.Quirk, judge.FavouredUnit, judge.Employer, judge.City, judge.UnitBonus, judge.CityBonus) =
                (JudgeQuirk.Favouritism, favoured, unit.Name, unit.City, 10, 5);
            var favouredProjects = projects.Where(p => p.WrittenGroup == 0 && p.LeadUnit == favoured).Select(p => p.Id);
            AddPlanted("favouritism_judge", track.Code, stage, judge.Id, string.Join(";", favouredProjects), unit.Uscc, "analytics: favouritism (judge_group = project_group)",
                $"评审专家{judge.Id}任职于参赛单位“{unit.Name}”，对本单位项目加10分、对{unit.City.NameZh}项目加5分", $"judge {judge.Id} works for entrant '{unit.Name}' and adds 10 points to its projects and 5 to projects from {unit.City.NameEn}");
        }

        if (IsPlantedIn("copying", track))
        {
            var original = Fresh(4);
            var copier = Fresh(5);
            (original.Quirk, copier.Quirk, copier.Copies) = (JudgeQuirk.Copied, JudgeQuirk.Copier, original);
            AddPlanted("copying_judges", track.Code, stage, $"{original.Id};{copier.Id}", "", "", "analytics: collusion (agreement beyond the model)",
                $"评审专家{copier.Id}照抄{original.Id}的打分（偶有±1分差异）", $"judge {copier.Id} copies the marks of {original.Id} (occasionally ±1)");
        }

        if (IsPlantedIn("drift", track))
        {
            // Only the drift is planted: his own severity, spread and noise stay as drawn. planted.csv gets his row once
            // his sheets are dated (RecordDriftPlant).
            var judge = Fresh(0);
            (judge.Quirk, judge.Drift, judge.DriftGroup) = (JudgeQuirk.Drift, GenerationProfile.DriftSeverityChange, groupId);
        }
    }

    private void ScheduleTrack(Track track, TrackPanels panels, DeterministicRandom random)
    {
        var reviewDeadline = _catalog.Rules.PreliminaryReviewDeadline;
        var resultsDeadline = _catalog.Rules.FinalResultsDeadline;
        panels.OnsiteDate = IsPlantedIn("late_review", track)
            ? reviewDeadline.AddDays(2)
            : _calendar.OnsiteStart.AddDays(random.Next(SeasonCalendar.OnsiteDays));
        panels.FinalDate = _calendar.FinalStart.AddDays(random.Next(_calendar.FinalDays));
        // Publicity starts 2-4 days after the final; the final window ends early enough for the 7 days to be over by
        // the results deadline (docs/generator.md: publicity_end <= 2024-09-15), except in the planted track.
        panels.PublicityStart = IsPlantedIn("late_results", track)
            ? resultsDeadline.AddDays(3)
            : panels.FinalDate.AddDays(random.Between(SeasonCalendar.MinPublicityDelay, SeasonCalendar.MaxPublicityDelay));
        if (IsPlantedIn("late_review", track))
        {
            AddPlanted("late_preliminary_review", track.Code, "preliminary_onsite", "", "", "", RuleIds.PreliminaryDeadline,
                $"{track.NameZh}赛道初赛现场评审在{panels.OnsiteDate:yyyy-MM-dd}进行，晚于{reviewDeadline:yyyy-MM-dd}", $"track {track.Code} held its on-site preliminary review on {panels.OnsiteDate:yyyy-MM-dd}, after {reviewDeadline:yyyy-MM-dd}");
        }

        if (IsPlantedIn("late_results", track))
        {
            var end = panels.PublicityStart.AddDays(_catalog.Rules.PublicityDays - 1);
            AddPlanted("late_results", track.Code, "final_roadshow", "", "", "", RuleIds.FinalResultsDeadline,
                $"{track.NameZh}赛道获奖名单公示期为{panels.PublicityStart:yyyy-MM-dd}至{end:yyyy-MM-dd}，未在{resultsDeadline:yyyy-MM-dd}前完成公示", $"track {track.Code} publicized its awards from {panels.PublicityStart:yyyy-MM-dd} to {end:yyyy-MM-dd}, not completed by {resultsDeadline:yyyy-MM-dd}");
        }
    }

    private void WritePanelsAndJudges()
    {
        var reviews = Path.Combine(_options.OutputDirectory, "reviews");
        using (var panels = new CsvTableWriter(Path.Combine(reviews, "panels.csv"), TextEncodings.Utf8, ["赛道", "评审阶段", "评审组", "专家编号", "角色"]))
        {
            foreach (var track in _catalog.Tracks)
            {
                var p = _panels[track.Code];
                for (var g = 0; g < p.WrittenGroups.Count; g++)
                {
                    WriteMembers(panels, track, "初赛书面评审", p.WrittenGroupIds[g], p.WrittenGroups[g]);
                }

                WriteMembers(panels, track, "初赛现场评审", p.OnsiteId, p.Onsite);
                WriteMembers(panels, track, "决赛路演答辩", p.FinalId, p.Final);
            }

            AddFile(panels.Path, "csv", "utf-8", panels.Rows, "评审组成员 / panel membership");
        }

        var path = Path.Combine(reviews, "judges.xlsx");
        var rows = XlsxTableWriter.Write(path, "评审专家", ["专家编号", "姓名", "工作单位", "所在城市", "专家类型", "职称", "手机号码"],
            _judges.Select(j => new object?[] { j.Id, j.Name, j.Employer, j.City.NameZh, j.ExpertType, j.Title, j.Phone }));
        AddFile(path, "xlsx", "", rows, "评审专家 / judges");
    }

    private static void WriteMembers(CsvTableWriter writer, Track track, string stage, string panelId, List<JudgeRecord> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            writer.Write(track.NameZh, stage, panelId, members[i].Id, i == 0 ? "组长" : "成员");
        }
    }
}
