using System.Globalization;
using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Ingest.Feeds.Awards;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Feeds.Review.Sheets;

/// <summary>
/// Lands the marks and the award of one review-sheet row, stage by stage: each judge's original mark (round 0, with
/// the standardized mark), the reconsidered mark (round 1), the award. A cell that cannot be taken is quarantined
/// alone (<see cref="LandingContext.QuarantineCell"/>), with its column and the reason.
/// </summary>
internal sealed class SheetRowMarks(FeedRow row, LandingContext context, string season, string track, string project, SheetLayout layout)
{
    private static readonly (int, int, int, int, int, int) s_noFields = (-1, -1, -1, -1, -1, -1);

    /// <summary>Lands one stage of the row (nothing when all its judges' cells are empty: the project was not reviewed in it).</summary>
    public void LandStage(SheetStage stage)
    {
        var total = Number(stage.Total);
        var scored = stage.Judges.Where(j => j.Columns.Any(c => row.Cell(c) is not null)).ToList();
        if (scored.Count > 0)
        {
            var panel = stage.Panel >= 0 ? row.Cell(stage.Panel) : null;
            panel ??= string.Join("+", scored.Select(JudgeOf).OfType<string>().Order(StringComparer.Ordinal));
            foreach (var judge in scored)
            {
                LandJudge(stage, judge, panel, total);
            }
        }

        LandAward(stage, total);
    }

    private string? JudgeOf(SheetJudge judge) => judge.Judge >= 0
        ? row.Cell(judge.Judge)
        : string.Create(CultureInfo.InvariantCulture, $"judge-{judge.Ordinal}");

    private void LandJudge(SheetStage stage, SheetJudge judge, string panel, double? total)
    {
        var id = JudgeOf(judge);
        if (id is null)
        {
            foreach (var column in new[] { judge.Score, judge.Reconsidered }.Where(c => c >= 0 && row.Cell(c) is not null))
            {
                Quarantine(column, row.Cell(column), "专家编码为空：该分数不知是哪位专家打的", "the judge's id is empty: the mark belongs to no judge");
            }

            return;
        }

        var standard = Number(judge.Standard);
        var mark = new ScoreLanding.Mark(season, stage.Label, track, panel, id, project, layout.Criterion, null, null, null, null, total, null, null);
        if (judge.Score >= 0)
        {
            var text = row.Cell(judge.Score);
            if (text is null)
            {
                Quarantine(judge.Score, null, "原始分为空，而该专家组的其他列有值", "the mark is empty while other cells of the judge's group are not");
            }
            else if (Number(judge.Score) is double score)
            {
                Land(mark with { Score = score, StandardScore = standard, SourceColumn = Header(judge.Score) });
            }
        }

        if (judge.Reconsidered >= 0 && row.Cell(judge.Reconsidered) is not null && Number(judge.Reconsidered) is double again)
        {
            Land(mark with { Score = again, Round = 1, RoundLabel = judge.RoundLabel, SourceColumn = Header(judge.Reconsidered) });
        }
    }

    private void Land(ScoreLanding.Mark mark)
    {
        if (!ScoreLanding.Check(row, context, ref mark, s_noFields)
            || context.IsDuplicate(row, mark.Season, mark.Stage, mark.Track, mark.Judge, mark.Project, mark.Criterion, mark.Round.ToString(CultureInfo.InvariantCulture)))
        {
            var problem = row.TakeProblem()!;
            var duplicate = problem.Column.Length == 0;
            context.QuarantineCell(
                row, season, mark.SourceColumn!, mark.Score?.ToString(CultureInfo.InvariantCulture),
                duplicate ? $"同一阶段中同一位专家（{mark.Judge}）对该项目的第二个分数" : problem.ReasonZh,
                duplicate ? $"a second mark of the same judge ({mark.Judge}) for the project in the stage" : problem.ReasonEn);
            return;
        }

        ScoreLanding.Write(row, context, mark);
    }

    private void LandAward(SheetStage stage, double? total)
    {
        if (stage.Award < 0)
        {
            return;
        }

        var label = row.Cell(stage.Award);
        if (!AwardTiers.TryRead(label, layout.Awards, out var tier))
        {
            Quarantine(stage.Award, label, "无法识别的奖项（可在布局文件 awards 中对应到 first/second/third/special/merit/single）", "unknown award (a layout file's awards can map it to first/second/third/special/merit/single)");
            return;
        }

        if (tier is null)
        {
            return;
        }

        var b = context.Land(LakeDatasets.Award, season, row);
        b.Set(AwardColumns.TrackCode, track);
        b.Set(AwardColumns.ProjectId, project);
        b.Set(AwardColumns.Tier, tier);
        b.Set(AwardColumns.FinalScore, total);
        b.Set(AwardColumns.Stage, stage.Label);
        b.Set(AwardColumns.PublishedRank, stage.Rank >= 0 && Number(stage.Rank) is double rank ? (long?)Math.Round(rank) : null);
        b.Set(AwardColumns.TierLabel, label);
    }

    /// <summary>A cell's number, or null when empty; an unreadable cell is quarantined (and null).</summary>
    private double? Number(int column)
    {
        if (column < 0 || row.Cell(column) is not { } text)
        {
            return null;
        }

        if (ValueParsers.TryParseDouble(text, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Quarantine(column, text, $"“{Clip(text)}”不是数字", $"'{Clip(text)}' is not a number");
        return null;
    }

    private void Quarantine(int column, string? value, string zh, string en) =>
        context.QuarantineCell(row, season, Header(column), value, zh, en);

    private string Header(int column) => row.Binding.Header[column];

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
