using Insights.Generator.Output;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>Writes panels.csv (panel membership) and judges.xlsx (the judges) of the reviews folder.</summary>
internal static class PanelFiles
{
    /// <summary>Writes the two files.</summary>
    /// <param name="context">The season.</param>
    /// <param name="judges">The judges and panels.</param>
    /// <returns>panels.csv and judges.xlsx.</returns>
    public static IReadOnlyList<SeasonFile> Write(SeasonContext context, JudgePanels judges)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(judges);
        var files = new List<SeasonFile>();
        using (var panels = new CsvTableWriter(context.OutPath("reviews/panels.csv"), TextEncodings.Utf8, ["赛道", "评审阶段", "评审组", "专家编号", "角色"]))
        {
            foreach (var track in context.Catalog.Tracks)
            {
                var p = judges.Panels[track.Code];
                for (var g = 0; g < p.WrittenGroups.Count; g++)
                {
                    WriteMembers(panels, track, "初赛书面评审", p.WrittenGroupIds[g], p.WrittenGroups[g]);
                }

                WriteMembers(panels, track, "初赛现场评审", p.OnsiteId, p.Onsite);
                WriteMembers(panels, track, "决赛路演答辩", p.FinalId, p.Final);
            }

            files.Add(new SeasonFile(panels.Path, "csv", "utf-8", panels.Rows, "评审组成员 / panel membership"));
        }

        var path = context.OutPath("reviews/judges.xlsx");
        var rows = XlsxTableWriter.Write(path, "评审专家", ["专家编号", "姓名", "工作单位", "所在城市", "专家类型", "职称", "手机号码"],
            judges.Judges.Select(j => new object?[] { j.Id, j.Name, j.Employer, j.City.NameZh, j.ExpertType, j.Title, j.Phone }));
        files.Add(new SeasonFile(path, "xlsx", "", rows, "评审专家 / judges"));
        return files;
    }

    private static void WriteMembers(CsvTableWriter writer, Track track, string stage, string panelId, List<JudgeRecord> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            writer.Write(track.NameZh, stage, panelId, members[i].Id, i == 0 ? "组长" : "成员");
        }
    }
}
