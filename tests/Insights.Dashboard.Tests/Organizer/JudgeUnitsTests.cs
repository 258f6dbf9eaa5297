using System.Globalization;
using System.Net;
using DuckDB.NET.Data;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Organizer;

/// <summary>
/// The report's judges are in one unit for every stage, points of the 100-point total. Checked by hand against the
/// notice's rubric (model/reference/2024-JS/rubric.csv): the final roadshow's criteria range 0-25, 0-25, 0-25, 0-15 and
/// 0-10 points, weight 1, so its total is the sum of the marks and the mean criterion range is 20; the written review's
/// five criteria range 0-100 with weights 0.25, 0.25, 0.25, 0.15, 0.10 (mean range 100).
/// </summary>
public sealed class JudgeUnitsTests
{
    [Fact]
    public async Task Severities_and_means_are_points_of_the_100_point_total_in_every_stage()
    {
        var season = await ServedSeason.SharedAsync();
        using var connection = new DuckDBConnection($"Data Source={season.Warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        // Severity on the common scale of the final's mean range 20: 100 s / 20 = 5 s points of the total; the written
        // review's mean range is 100, so its severities are unchanged.
        var compared = 0;
        foreach (var (stage, factor) in new[] { ("final_roadshow", 5.0), ("preliminary_written", 1.0) })
        {
            foreach (var (judge, severity, shown) in Rows(connection, """
                SELECT a.judge_id, a.severity, r.severity FROM analytics_judge a
                JOIN rpt_judge r USING (season, stage, track_code, judge_id)
                WHERE a.season = '2024-JS' AND a.track_code = 'T06' AND a.stage = $stage AND isfinite(a.severity)
                """, stage, r => (r.GetString(0), r.GetDouble(1), r.GetDouble(2))))
            {
                Assert.True(Math.Abs(shown - (factor * severity)) < 1e-9, $"{stage} {judge}: {shown} vs {factor} × {severity}");
                compared++;
            }
        }

        Assert.True(compared >= 10, $"{compared} judges compared");

        // A final judge's mean total by hand: the sum of his five marks per project, averaged over his projects.
        var marks = Rows(connection, """
            SELECT judge_id, project_id, score FROM fact_score WHERE season = '2024-JS' AND track_code = 'T06' AND stage = $stage
            """, "final_roadshow", r => (Judge: r.GetString(0), Project: r.GetString(1), Score: r.GetDouble(2)));
        var first = marks.Select(m => m.Judge).Min(StringComparer.Ordinal)!;
        var byHand = marks.Where(m => m.Judge == first).GroupBy(m => m.Project).Average(g => g.Sum(m => m.Score));
        var mean = Rows(connection, "SELECT judge_id, mean_total FROM rpt_judge WHERE season = '2024-JS' AND track_code = 'T06' AND stage = $stage",
            "final_roadshow", r => (Judge: r.GetString(0), Mean: r.GetDouble(1))).Single(r => r.Judge == first).Mean;
        Assert.Equal(byHand, mean, 9);

        // The organizer page shows these numbers, two decimals.
        using var factory = new DashboardFactory(season.Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        using var response = await client.GetAsync(new Uri("/organizer/tracks/T06", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var row = HtmlTables.Cells(page, "judges").Single(r => r[1] == first && r[0] == "决赛路演答辩");
        Assert.Equal(byHand.ToString("0.00", CultureInfo.InvariantCulture), row[4]);
    }

    private static List<T> Rows<T>(DuckDBConnection connection, string sql, string stage, Func<DuckDBDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("stage", stage));
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
