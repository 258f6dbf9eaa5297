using System.Globalization;
using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Model.Review;

namespace Insights.Ingest.Feeds.Review;

/// <summary>
/// Checks and lands one score, for every score feed. For a season with reference data the stage, track and
/// criterion must resolve and the mark must be on the rubric's scale; for outside data they are labels taken as
/// given. Scores of projects or judges the lake does not know are quarantined when the season has registrations
/// (or a judge list), and only counted otherwise.
/// </summary>
internal static class ScoreLanding
{
    /// <summary>One score as read, before checks.</summary>
    public readonly record struct Mark(
        string Season, string? Stage, string? Track, string? Panel, string? Judge, string? Project,
        string? Criterion, double? Score, double? MinScore, double? MaxScore, DateTime? ScoredAt, double? ReportedTotal,
        string? JudgeGroup, string? ProjectGroup)
    {
        /// <summary>Round within the stage: 0 the original mark, 1 the first reconsideration (复议).</summary>
        public int Round { get; init; }

        /// <summary>The round as the source names it, null for the original.</summary>
        public string? RoundLabel { get; init; }

        /// <summary>The competition's own standardized version of the mark (标准分), when the source has it.</summary>
        public double? StandardScore { get; init; }

        /// <summary>The source column the mark was read from, for sources with several marks per row.</summary>
        public string? SourceColumn { get; init; }
    }

    /// <summary>
    /// The checks of a read mark, in the order a row meets them (the first problem is the one reported): labels
    /// against the season's reference data, the scale, then registrations and the judge list. Every score feed runs
    /// them through <see cref="Check"/>; the bulk path generates its SQL from the same list.
    /// </summary>
    public static IReadOnlyList<ScoreRuleKind> Checks { get; } =
        [ScoreRuleKind.Stage, ScoreRuleKind.Track, ScoreRuleKind.Criterion, ScoreRuleKind.Scale, ScoreRuleKind.KnownProject, ScoreRuleKind.KnownJudge];

    /// <summary>Resolves a stage label against the season's reference data, or takes it as given.</summary>
    public static string? ResolveStage(SeasonReference reference, string? stage, out bool ok)
    {
        ok = true;
        if (stage is null || reference.Catalog is null)
        {
            return stage;
        }

        if (reference.TryStage(stage, out var s))
        {
            return Model.Review.StageNames.Code(s);
        }

        ok = false;
        return stage;
    }

    /// <summary>
    /// Resolves a mark's stage, track and criterion against the season's reference data, in the order of
    /// <see cref="Checks"/>: on success the mark holds the codes and the rubric's scale; otherwise the label check that
    /// failed is returned and the mark is unchanged. Outside seasons take the labels as given. The bulk path calls this
    /// for each distinct label combination of a file.
    /// </summary>
    /// <param name="reference">The season.</param>
    /// <param name="mark">The mark.</param>
    /// <returns>The failed check, or null.</returns>
    public static ScoreRuleKind? ResolveLabels(SeasonReference reference, ref Mark mark)
    {
        if (reference.Catalog is null)
        {
            return null;
        }

        string? stageCode = null, track = null;
        Stage stage = default;
        var stageParsed = false;
        RubricCriterion? criterion = null;
        foreach (var check in Checks)
        {
            switch (check)
            {
                case ScoreRuleKind.Stage:
                    stageCode = ResolveStage(reference, mark.Stage, out var stageOk);
                    if (!stageOk)
                    {
                        return check;
                    }

                    stageParsed = StageNames.TryParse(stageCode!, out stage);
                    break;
                case ScoreRuleKind.Track:
                    if (!reference.TryTrack(mark.Track!, out track))
                    {
                        return check;
                    }

                    break;
                case ScoreRuleKind.Criterion:
                    if (!stageParsed || !reference.TryCriterion(stage, mark.Criterion!, out criterion))
                    {
                        return check;
                    }

                    break;
            }
        }

        mark = mark with { Stage = stageCode, Track = track, Criterion = criterion!.Code, MinScore = criterion.MinScore, MaxScore = criterion.MaxScore };
        return null;
    }

    /// <summary>
    /// Checks a mark's labels and value; returns false (with the row's problem recorded) when the row cannot land.
    /// <paramref name="mark"/> comes back with codes in place of names for reference seasons.
    /// </summary>
    /// <param name="row">The row (problems are recorded on it).</param>
    /// <param name="context">The landing context.</param>
    /// <param name="mark">The mark; updated with resolved codes and the rubric's scale.</param>
    /// <param name="columns">Field indexes (stage, track, criterion, score, project, judge) for messages; -1 when not a field.</param>
    public static bool Check(FeedRow row, LandingContext context, ref Mark mark, (int Stage, int Track, int Criterion, int Score, int Project, int Judge) columns)
    {
        var reference = context.Season(mark.Season);
        var original = mark;
        switch (ResolveLabels(reference, ref mark))
        {
            case ScoreRuleKind.Stage:
                Reject(row, columns.Stage, "stage", original.Stage, "无法识别的评审阶段", "unknown review stage");
                return false;
            case ScoreRuleKind.Track:
                Reject(row, columns.Track, "track", original.Track, $"赛季 {original.Season} 没有这个赛道", $"season {original.Season} has no such track");
                return false;
            case ScoreRuleKind.Criterion:
                var stage = StageNames.TryParse(ResolveStage(reference, original.Stage, out _)!, out var parsed) ? parsed : default;
                Reject(row, columns.Criterion, "criterion", original.Criterion, $"{StageNames.NameZh(stage)}评分细则中没有这个评分项", $"the {StageNames.NameEn(stage)} rubric has no such criterion");
                return false;
        }

        foreach (var check in Checks)
        {
            switch (check)
            {
                case ScoreRuleKind.Scale when mark.Score is double score:
                    if (!double.IsFinite(score)
                        || (mark.MaxScore is double max && score > max)
                        || (mark.MinScore is double min && score < min))
                    {
                        var scale = string.Create(CultureInfo.InvariantCulture, $"[{mark.MinScore?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}, {mark.MaxScore?.ToString(CultureInfo.InvariantCulture) ?? "∞"}]");
                        Reject(row, columns.Score, "score", score.ToString(CultureInfo.InvariantCulture), $"分数超出评分范围 {scale}", $"score outside the scale {scale}");
                        return false;
                    }

                    break;
                case ScoreRuleKind.KnownProject when reference.KnownProjects is { } projects:
                    if (!projects.Contains(mark.Project!))
                    {
                        Reject(row, columns.Project, "project_id", mark.Project, $"赛季 {mark.Season} 的报名数据中没有这个项目", $"no project with this id is registered in season {mark.Season}");
                        return false;
                    }

                    break;
                case ScoreRuleKind.KnownProject:
                    var (code, zh, en) = reference.UnregisteredWarning;
                    context.Warn(code, zh, en);
                    break;
                case ScoreRuleKind.KnownJudge when reference.KnownJudges is { } judges:
                    if (!judges.Contains(mark.Judge!))
                    {
                        Reject(row, columns.Judge, "judge_id", mark.Judge, $"赛季 {mark.Season} 的专家名单中没有这位专家", $"no judge with this id is listed in season {mark.Season}");
                        return false;
                    }

                    break;
                default:
                    break;
            }
        }

        return true;
    }

    /// <summary>Lands a checked mark.</summary>
    public static void Write(FeedRow row, LandingContext context, in Mark mark)
    {
        var b = context.Land(LakeDatasets.Score, mark.Season, row);
        b.Set(ScoreColumns.Stage, mark.Stage);
        b.Set(ScoreColumns.Track, mark.Track);
        b.Set(ScoreColumns.PanelId, mark.Panel);
        b.Set(ScoreColumns.JudgeId, mark.Judge);
        b.Set(ScoreColumns.ProjectId, mark.Project);
        b.Set(ScoreColumns.Criterion, mark.Criterion);
        b.Set(ScoreColumns.Score, mark.Score);
        b.Set(ScoreColumns.MinScore, mark.MinScore);
        b.Set(ScoreColumns.MaxScore, mark.MaxScore);
        b.Set(ScoreColumns.ScoredAt, mark.ScoredAt);
        b.Set(ScoreColumns.ReportedTotal, mark.ReportedTotal);
        b.Set(ScoreColumns.JudgeGroup, mark.JudgeGroup);
        b.Set(ScoreColumns.ProjectGroup, mark.ProjectGroup);
        b.Set(ScoreColumns.Round, (long)mark.Round);
        b.Set(ScoreColumns.RoundLabel, mark.RoundLabel);
        b.Set(ScoreColumns.StandardScore, mark.StandardScore);
        b.Set(ScoreColumns.SourceColumn, mark.SourceColumn);
    }

    private static void Reject(FeedRow row, int field, string name, string? value, string zh, string en)
    {
        if (field >= 0)
        {
            row.Reject(field, value, zh, en);
        }
        else
        {
            row.RejectColumn(name, value, zh, en);
        }
    }
}
