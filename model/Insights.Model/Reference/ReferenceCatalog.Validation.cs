using System.Globalization;
using Insights.Model.Review;

namespace Insights.Model.Reference;

public sealed partial class ReferenceCatalog
{
    // Cross-file checks: a catalog that loads is internally consistent, so no consumer re-checks it.
    private void Validate()
    {
        var id = Season.Id;
        Unique(id + "/tracks.csv", Tracks.Select(t => t.Code));
        Unique(id + "/problems.csv", Problems.Select(p => p.Code));
        Unique(id + "/committees.csv", Committees.Select(c => c.Code));
        Unique(id + "/organizing_units.csv", OrganizingUnits.Select(u => u.Code));
        Unique(id + "/rules.csv", Rules.All.Select(r => r.Id));

        for (var i = 0; i < Tracks.Count; i++)
        {
            var track = Tracks[i];
            if (track.Number != i + 1 || track.Code != string.Create(CultureInfo.InvariantCulture, $"T{track.Number:00}"))
            {
                throw new ReferenceDataException(id + "/tracks.csv", i + 1, "code", $"赛道编号应为 T{i + 1:00} 且序号为 {i + 1}", $"expected track T{i + 1:00} numbered {i + 1}");
            }

            if (!_committees.ContainsKey(track.CommitteeCode))
            {
                throw new ReferenceDataException(id + "/tracks.csv", i + 1, "committee_code", $"执委会“{track.CommitteeCode}”不存在", $"committee '{track.CommitteeCode}' does not exist");
            }

            var problems = ProblemsOf(track.Code);
            if (problems.Count == 0)
            {
                throw new ReferenceDataException(id + "/problems.csv", null, "track_code", $"赛道 {track.Code} 没有赛题", $"track {track.Code} has no problem");
            }
        }

        for (var i = 0; i < Problems.Count; i++)
        {
            var problem = Problems[i];
            if (!_tracks.ContainsKey(problem.TrackCode))
            {
                throw new ReferenceDataException(id + "/problems.csv", i + 1, "track_code", $"赛道“{problem.TrackCode}”不存在", $"track '{problem.TrackCode}' does not exist");
            }

            var expectedNumber = Problems.Take(i).Count(p => p.TrackCode == problem.TrackCode) + 1;
            var expectedCode = string.Create(CultureInfo.InvariantCulture, $"{problem.TrackCode}-P{expectedNumber:00}");
            if (problem.Number != expectedNumber || problem.Code != expectedCode)
            {
                throw new ReferenceDataException(id + "/problems.csv", i + 1, "code", $"赛题编号应为 {expectedCode}", $"expected problem {expectedCode}");
            }
        }

        foreach (var committee in Committees)
        {
            if (TracksHostedBy(committee.Code).Count == 0)
            {
                throw new ReferenceDataException(id + "/committees.csv", null, "code", $"执委会 {committee.Code} 未承办任何赛道", $"committee {committee.Code} hosts no track");
            }
        }

        foreach (var stage in StageNames.All)
        {
            if (!_rubrics.TryGetValue(stage, out var rubric))
            {
                throw new ReferenceDataException(id + "/rubric.csv", null, "stage", $"缺少阶段 {stage.Code()} 的评分细则", $"no rubric for stage {stage.Code()}");
            }

            if (Math.Abs(rubric.MaxTotal - 100) > 1e-9)
            {
                throw new ReferenceDataException(id + "/rubric.csv", null, "weight", $"阶段 {stage.Code()} 满分为 {rubric.MaxTotal}，应为100", $"stage {stage.Code()} totals {rubric.MaxTotal}, not 100");
            }
        }
    }

    private static void Unique(string file, IEnumerable<string> codes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var row = 0;
        foreach (var code in codes)
        {
            row++;
            if (!seen.Add(code))
            {
                throw new ReferenceDataException(file, row, "code", $"编号“{code}”重复", $"duplicate code '{code}'");
            }
        }
    }
}
