using Insights.Model.Reference;

namespace Insights.Generator.Season;

internal sealed partial class SeasonGenerator
{
    /// <summary>Last minute of a scoring day, 21:59.</summary>
    private const int LastSheetMinute = (21 * 60) + 59;

    // The planted drift judge's sheets once dated: how many, first and last time, severity shift there (for planted.csv).
    private (JudgeRecord Judge, string Track, string Group, int Sheets, DateTime First, DateTime Last, double From, double To)? _driftPlant;

    /// <summary>
    /// When <paramref name="g"/> is the group of the planted drift judge, the severity shift of each of his sheets,
    /// linear in the sheet's time: Drift × (τ − τ̄), τ = (time − first) / (last − first) over his sheets, so it moves by
    /// Drift from his first to his last sheet and averages zero; otherwise null. The times come from the schedule of
    /// the group's sheets, which needs the sheets before they are scored: the track's written stream is replayed up to
    /// the group (who reads which project does not depend on the marks, so the replay makes the same sheets as the
    /// real run, which checks it). Linear in time, not in his sheet count, because drift is read as a slope over
    /// time: with uneven working days a drift linear in the count is a staircase in time (docs/methods/drift.md).
    /// </summary>
    private Dictionary<ProjectRecord, double>? DriftOffsets(Track track, int g, HashSet<ProjectRecord> typoProjects)
    {
        var panels = _panels[track.Code];
        var groupId = panels.WrittenGroupIds[g];
        var judge = panels.WrittenGroups[g].FirstOrDefault(j => j.DriftGroup == groupId);
        if (judge is null)
        {
            return null;
        }

        var replay = _root.Fork("written", track.Number);
        var sheets = new List<WrittenSheet>();
        for (var h = 0; h <= g; h++)
        {
            sheets = ScoreWrittenGroup(track, h, replay, typoProjects, null);
        }

        var times = ScheduleWrittenSheets(track, g, sheets);
        var own = Enumerable.Range(0, sheets.Count).Where(i => sheets[i].Judge == judge).OrderBy(i => times[i]).ToList();
        var (first, last) = (times[own[0]], times[own[^1]]);
        var span = (last - first).TotalDays;
        var tau = own.Select(i => span > 0 ? (times[i] - first).TotalDays / span : 0.5).ToArray();
        var mean = tau.Average();
        var offsets = new Dictionary<ProjectRecord, double>();
        for (var i = 0; i < own.Count; i++)
        {
            offsets[sheets[own[i]].Project] = judge.Drift * (tau[i] - mean);
        }

        _driftPlant = (judge, track.Code, groupId, own.Count, first, last, -judge.Drift * mean, judge.Drift * (1 - mean));
        return offsets;
    }

    /// <summary>
    /// The time of each sheet of a written-review group (same order as <paramref name="sheets"/>), from the group's
    /// own stream <c>written-times</c> (track, group), so the marks' streams are not touched. Each judge reads his
    /// projects in an order of his own (a random permutation of his list) on 3-6 distinct days of the written-review
    /// window (no more days than sheets), in equal batches in that order; a day's batch starts between 09:00 and
    /// 12:59 and the sheets follow 6-30 minutes apart (closer when needed to finish by 21:59), so a judge's times
    /// strictly increase along his order.
    /// </summary>
    private DateTime[] ScheduleWrittenSheets(Track track, int g, List<WrittenSheet> sheets)
    {
        var random = _root.Fork("written-times", track.Number).Fork("group", g);
        var window = _calendar.WrittenReviewDays;
        var times = new DateTime[sheets.Count];
        foreach (var judge in _panels[track.Code].WrittenGroups[g])
        {
            var own = Enumerable.Range(0, sheets.Count).Where(i => sheets[i].Judge == judge).ToArray();
            if (own.Length == 0)
            {
                continue;
            }

            random.Shuffle(own.AsSpan());
            var dayCount = Math.Min(own.Length, Math.Min(window, random.Between(GenerationProfile.MinWrittenReviewDays, GenerationProfile.MaxWrittenReviewDays)));
            var days = Enumerable.Range(0, window).ToArray();
            random.Shuffle(days.AsSpan());
            var chosen = days.Take(dayCount).Order().ToArray();
            for (var d = 0; d < dayCount; d++)
            {
                var batch = own[(d * own.Length / dayCount)..((d + 1) * own.Length / dayCount)];
                var date = _calendar.WrittenReviewStart.AddDays(chosen[d]).ToDateTime(TimeOnly.MinValue);
                var minute = (9 * 60) + random.Next(4 * 60);
                for (var b = 0; b < batch.Length; b++)
                {
                    times[batch[b]] = date.AddMinutes(minute);
                    if (b < batch.Length - 1)
                    {
                        var maxStep = Math.Max(1, (LastSheetMinute - minute) / (batch.Length - 1 - b));
                        minute += random.Between(Math.Min(GenerationProfile.MinMinutesPerSheet, maxStep), Math.Min(GenerationProfile.MaxMinutesPerSheet, maxStep));
                    }
                }
            }
        }

        return times;
    }

    /// <summary>Lists the planted drift judge in planted.csv, last, so the ids of the other plants stay as they were.</summary>
    private void RecordDriftPlant()
    {
        if (_driftPlant is not { } p)
        {
            return;
        }

        AddPlanted("drift_judge", p.Track, "preliminary_written", p.Judge.Id, "", "", "analytics: drift",
            $"评审专家{p.Judge.Id}在{p.Group}组的评分随时间逐渐变严：{p.Sheets}份评分表（{Time(p.First)}至{Time(p.Last)}）的严格度随时间线性变化{F(p.Judge.Drift)}分（{Signed(p.From)}至{Signed(p.To)}分），平均为零",
            $"judge {p.Judge.Id} in {p.Group} grows harsher over time: over his {p.Sheets} sheets ({Time(p.First)} to {Time(p.Last)}) his severity moves linearly in time by {F(p.Judge.Drift)} points of 100 ({Signed(p.From)} to {Signed(p.To)}), zero on average");
    }

    private static string Signed(double value) => value.ToString("+0.#;-0.#;0", s_inv);

    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", s_inv);

    /// <summary>One judge's sheet for one project in the written review.</summary>
    /// <param name="Judge">The judge.</param>
    /// <param name="Project">The project.</param>
    /// <param name="Marks">The marks the judge meant, per criterion.</param>
    /// <param name="Recorded">The marks keyed (differ from <paramref name="Marks"/> only by a planted typo).</param>
    /// <param name="Typo">The criterion of the planted typo, −1 if none.</param>
    private sealed record WrittenSheet(JudgeRecord Judge, ProjectRecord Project, int[] Marks, int[] Recorded, int Typo);
}
