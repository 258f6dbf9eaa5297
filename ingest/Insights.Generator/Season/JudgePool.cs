using System.Globalization;
using System.Runtime.InteropServices;
using Insights.Generator.Randomness;
using Insights.Generator.Synthesis;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// Step 3: the judges and the panels of each track (written-review groups, on-site and final panels), the planted
/// judges and each track's dates. A track draws everything from its stream <c>panels</c> (track number), in this order:
/// written groups, final panel, on-site panel, dates.
/// </summary>
internal static class JudgePool
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    // The notice's kinds of expert (三（七）) and titles that go with them.
    private static readonly string[] s_expertTypes = ["专家学者", "企业技术带头人", "投融资机构专家", "行业协会专家"];
    private static readonly string[][] s_titles =
    [
        ["教授", "研究员", "副教授", "副研究员"],
        ["正高级工程师", "高级工程师", "首席技术官"],
        ["合伙人", "投资总监", "董事总经理"],
        ["秘书长", "副会长", "高级经济师"],
    ];

    /// <summary>
    /// Seats the judges track by track, after putting the track's projects in its written-review groups
    /// (<see cref="TrackPanels.WrittenProjects"/>), which the group sizes follow.
    /// </summary>
    /// <param name="context">The season.</param>
    /// <param name="planted">Where each planted behaviour goes.</param>
    /// <param name="entrants">The entrant units (judges never work for one, except the planted favouritism judge).</param>
    /// <param name="projects">The projects.</param>
    /// <returns>The judges, panels and planted problems.</returns>
    public static JudgePanels Generate(SeasonContext context, PlantedTracks planted, EntrantUnits entrants, IReadOnlyList<ProjectRecord> projects)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(planted);
        ArgumentNullException.ThrowIfNull(entrants);
        ArgumentNullException.ThrowIfNull(projects);
        var catalog = context.Catalog;
        var judges = new List<JudgeRecord>();
        var allPanels = new Dictionary<string, TrackPanels>(StringComparer.Ordinal);
        var log = new PlantedLog();
        var entrantNames = entrants.Units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var committeePools = new Dictionary<string, List<JudgeRecord>>(StringComparer.Ordinal);
        JudgeRecord NewJudge(DeterministicRandom random, Committee committee) => CreateJudge(context, judges, random, committee, entrantNames);

        foreach (var track in catalog.Tracks)
        {
            var random = context.Root.Fork("panels", track.Number);
            var committee = catalog.Committee(track.CommitteeCode);
            var pool = committeePools.TryGetValue(committee.Code, out var existing) ? existing : committeePools[committee.Code] = [];
            var panels = new TrackPanels(track.Code);
            allPanels[track.Code] = panels;

            var inTrack = projects.Where(p => p.Track == track).ToList();
            var groups = Math.Max(1, (int)Math.Ceiling(inTrack.Count / (double)GenerationProfile.ProjectsPerWrittenGroup));
            for (var g = 0; g < groups; g++)
            {
                // Dealt round-robin in registration order.
                panels.WrittenProjects.Add([.. inTrack.Where((_, i) => i % groups == g)]);
            }

            var used = new HashSet<JudgeRecord>();
            for (var g = 0; g < groups; g++)
            {
                var inGroup = panels.WrittenProjects[g].Count;
                var size = Math.Clamp((int)Math.Ceiling(inGroup * 3.9 / GenerationProfile.WrittenLoadPerJudge), GenerationProfile.MinWrittenGroup, GenerationProfile.MaxWrittenGroup);
                var members = new List<JudgeRecord>(size);
                // Judges of the committee's other tracks fill some seats, which links tracks through shared judges.
                var reusable = pool.Where(j => !used.Contains(j)).ToList();
                random.Shuffle(CollectionsMarshal.AsSpan(reusable));
                foreach (var judge in reusable.Take((int)(size * GenerationProfile.CrossTrackJudgeShare)))
                {
                    members.Add(judge);
                }

                while (members.Count < size)
                {
                    members.Add(NewJudge(random, committee));
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
            if (planted.IsPlantedIn("both_panels", track))
            {
                var judge = preliminary.First(j => j.Panels.All(p => p.StartsWith(track.Code, StringComparison.Ordinal)));
                panels.Final.Add(judge);
                log.Add("judge_on_both_panels", track.Code, "final_roadshow", judge.Id, "", "", RuleIds.PanelDisjoint,
                    $"评审专家{judge.Id}同时在{track.NameZh}赛道初赛与决赛评审组", $"judge {judge.Id} sits on both the preliminary and the final panel of track {track.Code}");
            }

            while (panels.Final.Count < finalSize)
            {
                panels.Final.Add(NewJudge(random, committee));
            }

            JudgeQuirks.Plant(track, panels, entrants, planted, log);
            // A planted quirk shows only where planted.csv says, in the written group: the on-site panel is drawn from
            // the ordinary preliminary judges, and only they join the committee's pool for its later tracks.
            // The drift judge counts as ordinary here: his drift is confined to his planted group's written marks
            // (DriftGroup), and keeping him in the on-site draw and the pool leaves every other panel of the seed as it was.
            var ordinary = preliminary.Where(j => j.Quirk is JudgeQuirk.None or JudgeQuirk.Drift).ToList();
            panels.Onsite.AddRange(ordinary.Take(Math.Min(ordinary.Count, random.Between(GenerationProfile.MinCompletePanel, GenerationProfile.MaxCompletePanel))));
            panels.Onsite.ForEach(j => j.Panels.Add(panels.OnsiteId));
            pool.AddRange(ordinary.Where(j => !pool.Contains(j)));
            panels.Final.ForEach(j => j.Panels.Add(panels.FinalId));
            TrackSchedule.Plan(context, track, panels, random, planted, log);
        }

        return new JudgePanels(judges, allPanels, log.Problems);
    }

    /// <summary>A new judge of <paramref name="committee"/>, appended to <paramref name="judges"/> (his index is his place there).</summary>
    private static JudgeRecord CreateJudge(SeasonContext context, List<JudgeRecord> judges, DeterministicRandom random, Committee committee, HashSet<string> entrantNames)
    {
        var index = judges.Count;
        var type = random.Next(s_expertTypes.Length);
        var city = random.Chance(0.7) ? context.Catalog.Cities.First(c => c.NameZh == committee.CityZh) : random.Pick(context.Catalog.Cities);
        string employer;
        do
        {
            employer = UnitNames.Employer(random, city.NameZh.TrimEnd('市'));
        }
        while (entrantNames.Contains(employer));

        var judge = new JudgeRecord(
            index, "EX" + (index + 1).ToString("00000", s_inv), PersonNames.Next(random), employer, city,
            s_expertTypes[type], random.Pick(s_titles[type]), PhoneNumbers.ForIndex(1_000_000_000L + index, context.Options.Seed), committee.Code)
        {
            Severity = random.Normal(0, GenerationProfile.SeveritySd),
            Spread = Math.Exp(random.Normal(0, 0.12)),
            NoiseSd = 3.5 + (3 * random.NextDouble()),
            Heaping = 0.5 * random.NextDouble(),
        };
        judges.Add(judge);
        return judge;
    }
}
