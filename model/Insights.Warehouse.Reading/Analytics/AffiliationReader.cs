using DuckDB.NET.Data;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Analytics;

/// <summary>
/// Reads the units and cities of a season's judges and projects, from which the analyze job's favouritism test
/// decides who is affiliated with whom. Values travel only as <c>$name</c> parameters.
/// </summary>
public static class AffiliationReader
{
    /// <summary>The season's judges with their unit and city (any one record's when a judge has several).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>One row per judge.</returns>
    public static IReadOnlyList<JudgeAffiliationRow> Judges(DuckDBConnection connection, string season) => Rows(connection, """
        SELECT judge_id, coalesce(any_value(unit_name), ''), coalesce(any_value(city), '')
        FROM dim_judge WHERE season = $season GROUP BY judge_id
        """, r => new JudgeAffiliationRow(r.GetString(0), r.GetString(1), r.GetString(2)), ("season", season));

    /// <summary>The season's projects with their team's lead and partner units and the lead unit's city.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>One row per project.</returns>
    public static IReadOnlyList<ProjectAffiliationRow> Projects(DuckDBConnection connection, string season) => Rows(connection, """
        SELECT p.project_id, coalesce(any_value(t.lead_unit_name), ''), coalesce(any_value(t.partner_unit_names), ''), coalesce(any_value(u.city), '')
        FROM dim_project p
        LEFT JOIN dim_team t ON t.season = p.season AND t.team_id = p.team_id
        LEFT JOIN dim_unit u ON u.season = t.season AND u.unit_name = t.lead_unit_name
        WHERE p.season = $season
        GROUP BY p.project_id
        """, r => new ProjectAffiliationRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), ("season", season));
}
