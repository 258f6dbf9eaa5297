using Insights.Analytics.Drift;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Drift;

/// <summary>
/// A written-review-like unit with the structure of issue 11: 15 judges, 150 projects read by 4 judges each, five
/// criteria 0-100; the generator's judge model (level_c = 70 + 8q + 4p_c, severity N(0, 3), spread exp(N(0, 0.12)),
/// noise SD 3.5 + 3U), a sheet effect per judge and project (SD 2.5, shared by the sheet's criteria) and a day
/// wobble per judge and day (SD 2, no trend). Each judge marks on 3-6 of 12 days (09:00-22:00, sheets in project
/// order); judge 0 may drift linearly by <c>drift</c> points from his first to his last sheet.
/// </summary>
internal static class DriftSimulation
{
    private static readonly DateTime s_start = new(2024, 8, 6, 0, 0, 0, DateTimeKind.Utc);

    public static List<DriftRating> Unit(int seed, double drift = 0, double sheetSd = 2.5, double daySd = 2)
    {
        const int judges = 15, projects = 150, readers = 4;
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var levels = Enumerable.Range(0, projects).Select(_ =>
        {
            var q = Normal();
            return Enumerable.Range(0, 5).Select(_ => 70 + (8 * q) + (4 * Normal())).ToArray();
        }).ToArray();
        var severity = Enumerable.Range(0, judges).Select(_ => 3 * Normal()).ToArray();
        var spread = Enumerable.Range(0, judges).Select(_ => Math.Exp(0.12 * Normal())).ToArray();
        var noise = Enumerable.Range(0, judges).Select(_ => 3.5 + (3 * random.NextDouble())).ToArray();
        var days = Enumerable.Range(0, judges).Select(_ => Enumerable.Range(0, 12).OrderBy(_ => random.Next()).Take(3 + random.Next(4)).Order().ToArray()).ToArray();
        var wobble = days.Select(d => d.Select(_ => daySd * Normal()).ToArray()).ToArray();
        var load = new int[judges];
        var sheets = Enumerable.Range(0, judges).Select(_ => new List<int>()).ToArray();
        for (var p = 0; p < projects; p++)
        {
            foreach (var j in Enumerable.Range(0, judges).OrderBy(j => load[j]).ThenBy(_ => random.Next()).Take(readers))
            {
                load[j]++;
                sheets[j].Add(p);
            }
        }

        var ratings = new List<DriftRating>();
        for (var j = 0; j < judges; j++)
        {
            var n = sheets[j].Count;
            var times = Enumerable.Range(0, n).Select(k =>
            {
                var d = k * days[j].Length / n;
                return (Day: d, At: s_start.AddDays(days[j][d]).AddHours(9 + (13.0 * ((k - (d * n / (double)days[j].Length)) / (n / (double)days[j].Length)))));
            }).ToArray();
            var first = times[0].At;
            var span = (times[^1].At - first).TotalDays;
            for (var k = 0; k < n; k++)
            {
                var p = sheets[j][k];
                var sheet = sheetSd * Normal();
                var own = j == 0 && span > 0 ? drift * (((times[k].At - first).TotalDays / span) - 0.5) : 0;
                for (var c = 0; c < 5; c++)
                {
                    var mark = 70 + (spread[j] * (levels[p][c] - 70)) - severity[j] + sheet + wobble[j][times[k].Day] + own + (noise[j] * Normal());
                    ratings.Add(new DriftRating(new SeverityRating(j, p, c, Math.Clamp(Math.Round(mark, MidpointRounding.AwayFromZero), 0, 100)), times[k].At));
                }
            }
        }

        return ratings;
    }
}
