using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// Plants the quirky judges of a track in its first written-review group: lenient, harsh, central, halo, favouritism,
/// copying and drift, each only in the track <see cref="PlantedTracks"/> chose for it. Draws nothing.
/// </summary>
internal static class JudgeQuirks
{
    private const string Stage = "preliminary_written";

    /// <summary>Gives the planted judges of <paramref name="track"/> their quirk.</summary>
    /// <param name="track">The track.</param>
    /// <param name="panels">Its panels, written groups and final panel seated.</param>
    /// <param name="entrants">The entrant units (the favoured unit is one).</param>
    /// <param name="planted">Where each planted behaviour goes.</param>
    /// <param name="log">Receives the planted judges (the drift judge later, once his sheets are dated).</param>
    public static void Plant(Track track, TrackPanels panels, EntrantUnits entrants, PlantedTracks planted, PlantedLog log)
    {
        var group = panels.WrittenGroups[0];
        var groupId = panels.WrittenGroupIds[0];
        var projects = panels.WrittenProjects[0];
        // Planted judges are new to the track (not shared with an earlier track) and stay out of its final panel, so
        // their behaviour is theirs alone; they are kept off the on-site panel and out of later tracks by the caller.
        JudgeRecord Fresh(int seat) => group
            .Where(j => j.Quirk == JudgeQuirk.None && !panels.Final.Contains(j) && j.Panels.All(p => p.StartsWith(track.Code, StringComparison.Ordinal)))
            .Skip(seat).First();

        if (planted.IsPlantedIn("lenient", track))
        {
            var judge = Fresh(0);
            (judge.Quirk, judge.Severity) = (JudgeQuirk.Lenient, -12);
            log.Add("lenient_judge", track.Code, Stage, judge.Id, "", "", "analytics: severity",
                $"评审专家{judge.Id}在{groupId}组打分极宽松（平均高出12分）", $"judge {judge.Id} in {groupId} is very lenient (+12 points of 100)");
        }

        if (planted.IsPlantedIn("harsh", track))
        {
            var judge = Fresh(0);
            (judge.Quirk, judge.Severity) = (JudgeQuirk.Harsh, 12);
            log.Add("harsh_judge", track.Code, Stage, judge.Id, "", "", "analytics: severity",
                $"评审专家{judge.Id}在{groupId}组打分极严格（平均低12分）", $"judge {judge.Id} in {groupId} is very harsh (-12 points of 100)");
        }

        if (planted.IsPlantedIn("central", track))
        {
            var judge = Fresh(1);
            (judge.Quirk, judge.Spread, judge.NoiseSd, judge.Heaping, judge.Severity) = (JudgeQuirk.Central, 0.2, 1.5, 0, 0);
            log.Add("central_tendency_judge", track.Code, Stage, judge.Id, "", "", "analytics: scale use (infit/outfit, spread)",
                $"评审专家{judge.Id}只用量表中段（分差压缩到五分之一）", $"judge {judge.Id} uses only the middle of the scale (spread compressed to one fifth)");
        }

        if (planted.IsPlantedIn("halo", track))
        {
            var judge = Fresh(2);
            // No rounding to fives either: that would break the identical marks one criterion at a time.
            (judge.Quirk, judge.Heaping) = (JudgeQuirk.Halo, 0);
            log.Add("halo_judge", track.Code, Stage, judge.Id, "", "", "analytics: halo (within-project criterion variance)",
                $"评审专家{judge.Id}对每个项目各评分项给出相同分数（光环效应）", $"judge {judge.Id} gives identical marks on all criteria of a project (halo)");
        }

        if (planted.IsPlantedIn("favouritism", track))
        {
            var judge = Fresh(3);
            // The unit leading most projects of the group; a planted ineligible unit only if there is no other.
            var favoured = projects.GroupBy(p => p.LeadUnit)
                .OrderBy(g => entrants.PlantedUnits.Contains(g.Key) ? 1 : 0).ThenByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var unit = entrants.Units[favoured];
            (judge.Quirk, judge.FavouredUnit, judge.Employer, judge.City, judge.UnitBonus, judge.CityBonus) =
                (JudgeQuirk.Favouritism, favoured, unit.Name, unit.City, 10, 5);
            var favouredProjects = projects.Where(p => p.LeadUnit == favoured).Select(p => p.Id);
            log.Add("favouritism_judge", track.Code, Stage, judge.Id, string.Join(";", favouredProjects), unit.Uscc, "analytics: favouritism (judge_group = project_group)",
                $"评审专家{judge.Id}任职于参赛单位“{unit.Name}”，对本单位项目加10分、对{unit.City.NameZh}项目加5分", $"judge {judge.Id} works for entrant '{unit.Name}' and adds 10 points to its projects and 5 to projects from {unit.City.NameEn}");
        }

        if (planted.IsPlantedIn("copying", track))
        {
            var original = Fresh(4);
            var copier = Fresh(5);
            (original.Quirk, copier.Quirk, copier.Copies) = (JudgeQuirk.Copied, JudgeQuirk.Copier, original);
            log.Add("copying_judges", track.Code, Stage, $"{original.Id};{copier.Id}", "", "", "analytics: collusion (agreement beyond the model)",
                $"评审专家{copier.Id}照抄{original.Id}的打分（偶有±1分差异）", $"judge {copier.Id} copies the marks of {original.Id} (occasionally ±1)");
        }

        if (planted.IsPlantedIn("drift", track))
        {
            // Only the drift is planted: his own severity, spread and noise stay as drawn. planted.csv gets his row once
            // his sheets are dated (DriftPlant).
            var judge = Fresh(0);
            (judge.Quirk, judge.Drift, judge.DriftGroup) = (JudgeQuirk.Drift, GenerationProfile.DriftSeverityChange, groupId);
        }
    }
}
