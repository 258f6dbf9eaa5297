using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Anomalies;

/// <summary>
/// Simulated units for the scale-use and inconsistency tests, with the generator's judge model and the structure
/// of issue 11: mark = 70 + spread (level − 70) − severity + sheet + noise on 0-100, rounded and clamped, level_c =
/// 70 + 8q + 4p_c (five criteria), severity N(0, 3), spread exp(N(0, 0.12)), noise SD 3.5 + 3U, and a sheet effect
/// per judge and project (SD 2.5, shared by the sheet's criteria). Written-review-like: each project read by 4 of the
/// unit's judges (sparse); or a complete panel (every judge scores every project).
/// </summary>
internal static class ScaleUseSimulation
{
    /// <summary>An ordinary judge (drawn), or one with a given spread and noise SD.</summary>
    public sealed record Judge(double? Spread = null, double? NoiseSd = null);

    /// <summary>Simulates a unit; <paramref name="special"/> overrides the first judges' spread and noise.</summary>
    public static List<SeverityRating> Unit(int seed, int judges, int projects, int readers, IReadOnlyList<Judge> special, double sheetSd = 2.5)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var levels = Enumerable.Range(0, projects).Select(_ =>
        {
            var q = Normal();
            return Enumerable.Range(0, 5).Select(_ => 70 + (8 * q) + (4 * Normal())).ToArray();
        }).ToArray();
        var severity = Enumerable.Range(0, judges).Select(_ => 3 * Normal()).ToArray();
        var spread = Enumerable.Range(0, judges).Select(j => j < special.Count && special[j].Spread is { } s ? s : Math.Exp(0.12 * Normal())).ToArray();
        var noise = Enumerable.Range(0, judges).Select(j => j < special.Count && special[j].NoiseSd is { } n ? n : 3.5 + (3 * random.NextDouble())).ToArray();
        var load = new int[judges];
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < projects; p++)
        {
            // The readers with the lightest load so far (ties at random), as the generator deals the written review.
            var chosen = Enumerable.Range(0, judges).OrderBy(j => load[j]).ThenBy(_ => random.Next()).Take(readers).ToArray();
            foreach (var j in chosen)
            {
                load[j]++;
                var sheet = sheetSd * Normal();
                for (var c = 0; c < 5; c++)
                {
                    var mark = 70 + (spread[j] * (levels[p][c] - 70)) - severity[j] + sheet + (noise[j] * Normal());
                    ratings.Add(new SeverityRating(j, p, c, Math.Clamp(Math.Round(mark, MidpointRounding.AwayFromZero), 0, 100)));
                }
            }
        }

        return ratings;
    }
}
