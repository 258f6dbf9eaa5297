using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>The times of the written-review sheets and, from them, the planted drift judge's severity shifts.</summary>
internal static class WrittenTimes
{
    /// <summary>Last minute of a scoring day, 21:59.</summary>
    private const int LastSheetMinute = (21 * 60) + 59;

    /// <summary>
    /// The time of each sheet of a written-review group (same order as <paramref name="sheets"/>), from the group's
    /// own stream <c>written-times</c> (track, group), so the marks' streams are not touched. Each judge reads his
    /// projects in an order of his own (a random permutation of his list) on 3-6 distinct days of the written-review
    /// window (no more days than sheets), in equal batches in that order; a day's batch starts between 09:00 and
    /// 12:59 and the sheets follow 6-30 minutes apart (closer when needed to finish by 21:59), so a judge's times
    /// strictly increase along his order.
    /// </summary>
    /// <param name="context">The season.</param>
    /// <param name="panels">The track's panels.</param>
    /// <param name="track">The track.</param>
    /// <param name="g">The group's index in the track.</param>
    /// <param name="sheets">The group's sheets.</param>
    /// <returns>One time per sheet.</returns>
    public static DateTime[] Schedule(SeasonContext context, TrackPanels panels, Track track, int g, List<WrittenSheet> sheets)
    {
        var random = context.Root.Fork("written-times", track.Number).Fork("group", g);
        var calendar = context.Calendar;
        var window = calendar.WrittenReviewDays;
        var times = new DateTime[sheets.Count];
        foreach (var judge in panels.WrittenGroups[g])
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
                var date = calendar.WrittenReviewStart.AddDays(chosen[d]).ToDateTime(TimeOnly.MinValue);
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

    /// <summary>
    /// When <paramref name="g"/> is the group of the planted drift judge, the severity shift of each of his sheets,
    /// linear in the sheet's time: Drift × (τ − τ̄), τ = (time − first) / (last − first) over his sheets, so it moves by
    /// Drift from his first to his last sheet and averages zero; otherwise null. The times come from the schedule of
    /// the group's sheets, which needs the sheets before they are scored: the track's written stream is replayed up to
    /// the group (who reads which project does not depend on the marks, so the replay makes the same sheets as the
    /// real run, which checks it). Linear in time, not in his sheet count, because drift is read as a slope over
    /// time: with uneven working days a drift linear in the count is a staircase in time (docs/methods/drift.md).
    /// </summary>
    /// <param name="sheets">Scores the sheets of the replay.</param>
    /// <param name="track">The track.</param>
    /// <param name="g">The group's index in the track.</param>
    /// <returns>The shifts by project and his planted.csv row; null when he is not in the group.</returns>
    public static (Dictionary<ProjectRecord, double> Offsets, DriftPlant Plant)? DriftOffsets(WrittenSheets sheets, Track track, int g)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var panels = sheets.Panels[track.Code];
        var groupId = panels.WrittenGroupIds[g];
        var judge = panels.WrittenGroups[g].FirstOrDefault(j => j.DriftGroup == groupId);
        if (judge is null)
        {
            return null;
        }

        var replay = sheets.Context.Root.Fork("written", track.Number);
        var replayed = new List<WrittenSheet>();
        for (var h = 0; h <= g; h++)
        {
            replayed = sheets.Score(track, h, replay, null);
        }

        var times = Schedule(sheets.Context, panels, track, g, replayed);
        var own = Enumerable.Range(0, replayed.Count).Where(i => replayed[i].Judge == judge).OrderBy(i => times[i]).ToList();
        var (first, last) = (times[own[0]], times[own[^1]]);
        var span = (last - first).TotalDays;
        var tau = own.Select(i => span > 0 ? (times[i] - first).TotalDays / span : 0.5).ToArray();
        var mean = tau.Average();
        var offsets = new Dictionary<ProjectRecord, double>();
        for (var i = 0; i < own.Count; i++)
        {
            offsets[replayed[own[i]].Project] = judge.Drift * (tau[i] - mean);
        }

        return (offsets, new DriftPlant(judge, track.Code, groupId, own.Count, first, last, -judge.Drift * mean, judge.Drift * (1 - mean)));
    }
}
