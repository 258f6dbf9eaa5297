using Insights.Dashboard.Tests.Organizer;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Audit;

/// <summary>
/// The reported attack, by hand: a city's teams in <c>/data/{season}/by-city.csv</c> minus its shown teams in the
/// twelve <c>/tracks/T../by-city.csv</c> is the sum of its hidden track cells. With one hidden cell that is the cell;
/// with h hidden cells (each at least 1) each is at most the rest minus h − 1. Neither may leave an interval narrower
/// than k. The same by unit type.
/// </summary>
public sealed class ByCityAttackTests
{
    private const int K = 5;

    /// <summary>The five seasons' indices.</summary>
    public static TheoryData<int> Seasons => [.. Enumerable.Range(0, AuditSeason.Five.Count)];

    [Theory]
    [MemberData(nameof(Seasons))]
    public async Task Season_by_city_minus_the_tracks_recovers_no_hidden_count(int index)
    {
        var tables = (await AuditSeason.GetAsync(index)).Outputs.Tables;
        var tracks = tables["data/2024-JS/by-track"].Rows.SkipLast(1).ToList();
        foreach (var name in new[] { "by-city", "by-unit-type" })
        {
            Assert.Empty(Recovered(tables[$"data/2024-JS/{name}"], [.. tracks.Select(t => tables[$"data/2024-JS/tracks/{t}/{name}"])]));
        }
    }

    [Fact]
    public async Task The_reported_downloads_recover_no_hidden_count()
    {
        // Literally the report: the dashboard's downloads of the served season.
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient();
        async Task<PublishedTable> Get(string path)
        {
            var rows = Csv.Parse(await client.GetStringAsync(new Uri($"/{path}.csv", UriKind.Relative), TestContext.Current.CancellationToken));
            var values = new long?[rows.Count - 1, 1];
            for (var r = 1; r < rows.Count; r++)
            {
                values[r - 1, 0] = rows[r][1] == "suppressed" ? null : long.Parse(rows[r][1], System.Globalization.CultureInfo.InvariantCulture);
            }

            return new PublishedTable(path, ["teams"], [.. rows.Skip(1).Select(r => r[0])], values);
        }

        var season = await Get("data/2024-JS/by-city");
        var tracks = new List<PublishedTable>();
        foreach (var track in Enumerable.Range(1, 12).Select(t => $"T{t:00}"))
        {
            tracks.Add(await Get($"data/2024-JS/tracks/{track}/by-city"));
        }

        Assert.Empty(Recovered(season, tracks));
    }

    /// <summary>Hidden track cells the season's shown count narrows under k by subtraction: "city/track in [lo, hi]".</summary>
    private static List<string> Recovered(PublishedTable season, IReadOnlyList<PublishedTable> tracks)
    {
        var recovered = new List<string>();
        foreach (var label in season.Rows.SkipLast(1))
        {
            if (season[label] is not { } shown)
            {
                continue;
            }

            // A track without the label has no team of it: a zero.
            var cells = tracks.Select(t => (Track: t.Track ?? t.Path.Split('/')[3], Value: t.Rows.Contains(label) ? t[label] : 0)).ToList();
            var hidden = cells.Where(c => c.Value is null).Select(c => c.Track).ToList();
            if (hidden.Count == 0)
            {
                continue;
            }

            var rest = shown - cells.Sum(c => c.Value ?? 0);
            var upper = rest - (hidden.Count - 1);
            if (upper - 1 < K)
            {
                recovered.AddRange(hidden.Select(t => FormattableString.Invariant($"{label}/{t} in [1, {upper}] ({hidden.Count} hidden, {rest} together)")));
            }
        }

        return recovered;
    }
}
