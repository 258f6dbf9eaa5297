using System.Net;
using DuckDB.NET.Data;
using Insights.Dashboard.Public;
using Insights.Dashboard.Tests.Audit;
using Insights.Dashboard.Tests.Support;
using Insights.Model.Reference;

namespace Insights.Dashboard.Tests.Public;

/// <summary>
/// Public row labels come only from reference data: a city typed as a phone number or as free text, an unknown unit
/// type and a team without a lead unit are counted as 其他 (Other), never shown as typed, and suppressed when few; a
/// reference city written short or in English counts as itself. Checked on a copy of the served season's warehouse
/// with such values written in, through every public output and the suppression audit.
/// </summary>
public sealed class PublicLabelsTests
{
    private const string Phone = "13912345678";

    [Fact]
    public void Values_outside_the_reference_data_are_other()
    {
        var cities = ReferenceCatalog.Load("2024-JS").Cities;
        Assert.Equal("南通市", PublicLabels.City("南通市", cities));
        Assert.Equal("南通市", PublicLabels.City(" 南通 ", cities));
        Assert.Equal("南通市", PublicLabels.City("nantong", cities));
        Assert.Equal(PublicLabels.Other, PublicLabels.City(Phone, cities));
        Assert.Equal(PublicLabels.Other, PublicLabels.City("上海市", cities));
        Assert.Equal(PublicLabels.Other, PublicLabels.City(null, cities));
        Assert.Equal("university", PublicLabels.UnitType("university"));
        Assert.Equal(PublicLabels.Other, PublicLabels.UnitType("大学"));
        Assert.Equal(PublicLabels.Other, PublicLabels.UnitType(null));
    }

    [Fact]
    public async Task Free_text_never_becomes_a_public_label_and_other_is_suppressed_when_few()
    {
        var served = await ServedSeason.SharedAsync();
        var root = Path.Combine(served.Root, "labels");
        Directory.CreateDirectory(root);
        var warehouse = Path.Combine(root, "warehouse.duckdb");
        File.Copy(served.Warehouse, warehouse, overwrite: true);
        string[] units;
        using (var connection = new DuckDBConnection($"Data Source={warehouse}"))
        {
            connection.Open();
            // Lead units of one team each: a phone number typed as the city, a place outside the province, an unknown
            // type, a city written short; and a team whose lead unit is missing. Three teams are 其他 by city.
            units = [.. Strings(connection, "SELECT credit_code FROM dim_unit WHERE n_teams_led = 1 ORDER BY credit_code LIMIT 4")];
            Execute(connection, $"UPDATE dim_unit SET city = '{Phone}' WHERE credit_code = '{units[0]}'");
            Execute(connection, $"UPDATE dim_unit SET city = 'Mars City', unit_type = 'robotics lab' WHERE credit_code = '{units[1]}'");
            Execute(connection, $"UPDATE dim_unit SET city = '苏州' WHERE credit_code = '{units[2]}'");
            Execute(connection, $"UPDATE dim_team SET lead_credit_code = 'NO-SUCH-UNIT' WHERE lead_credit_code = '{units[3]}'");
        }

        var season = await AuditSeason.FromWarehouseAsync(warehouse, root, 1200, 5);
        var tables = season.Outputs.Tables;
        var cityLabels = ReferenceCatalog.Load("2024-JS").Cities.Select(c => c.NameZh).Append(PublicLabels.Other).ToList();
        foreach (var table in tables.Values.Where(t => t.Name == "by-city"))
        {
            Assert.Equal(cityLabels.Append("total"), table.Rows);
        }

        foreach (var table in tables.Values.Where(t => t.Name == "by-unit-type"))
        {
            Assert.Equal(PublicLabels.UnitTypes.Append(PublicLabels.Other).Append("total"), table.Rows);
        }

        // Three teams of the season are 其他 by city, two by unit type: small, hidden everywhere.
        Assert.Null(tables["data/2024-JS/by-city"][PublicLabels.Other]);
        Assert.Null(tables["data/2024-JS/by-unit-type"][PublicLabels.Other]);

        using (var factory = new DashboardFactory(warehouse))
        using (var client = factory.CreateClient())
        {
            foreach (var route in new[] { "/participation", "/participation?culture=en", "/data/2024-JS/by-city.csv", "/tracks/T01", "/tracks/T07?culture=en" })
            {
                var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(route, UriKind.Relative), TestContext.Current.CancellationToken));
                Assert.DoesNotContain(Phone, body, StringComparison.Ordinal);
                Assert.DoesNotContain("Mars City", body, StringComparison.Ordinal);
                Assert.DoesNotContain("robotics lab", body, StringComparison.Ordinal);
            }

            // The English pages name the row Other.
            Assert.Contains(">Other<", await client.GetStringAsync(new Uri("/participation?culture=en", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        // And the audit holds with the 其他 rows in the tables.
        var intervals = SeasonAttack.Build(tables, AuditSeason.Season, season.Awarded).Run();
        Assert.NotNull(intervals);
        Assert.DoesNotContain(intervals, i => i.NarrowedUnder(5));
        Assert.Empty(season.Outputs.Disagreements);
    }

    private static List<string> Strings(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
