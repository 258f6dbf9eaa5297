using DuckDB.NET.Data;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Planning;

/// <summary>
/// Reads what a judging plan needs from the warehouse (<c>rpt_plan_*</c>): the registered projects with their units
/// and city, the judge pool with unit, city and tracks, and the executed seats. Values travel only as <c>$name</c>
/// parameters.
/// </summary>
public static class PlanningReader
{
    /// <summary>The season's projects.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    public static IReadOnlyList<PlanProjectRow> Projects(DuckDBConnection connection, string season) => Rows(connection, """
        SELECT project_id, project_name, track_code, problem_code, lead_unit_name, partner_unit_names, city
        FROM rpt_plan_project WHERE season = $season ORDER BY track_code, project_id
        """, r => new PlanProjectRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6)),
        ("season", season));

    /// <summary>The season's judges.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    public static IReadOnlyList<PlanJudgeRow> Judges(DuckDBConnection connection, string season) => Rows(connection, """
        SELECT judge_id, judge_name, unit_name, city, tracks FROM rpt_plan_judge WHERE season = $season ORDER BY judge_id
        """, r => new PlanJudgeRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)),
        ("season", season));

    /// <summary>The season's executed seats.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    public static IReadOnlyList<PlanSeatRow> Seats(DuckDBConnection connection, string season) => Rows(connection, """
        SELECT stage, track_code, panel_id, judge_id, project_id FROM rpt_plan_seat
        WHERE season = $season ORDER BY stage, track_code, panel_id, judge_id, project_id
        """, r => new PlanSeatRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)),
        ("season", season));

    /// <summary>The seasons that have registered projects.</summary>
    /// <param name="connection">An open connection.</param>
    public static IReadOnlyList<string> Seasons(DuckDBConnection connection) => Rows(connection,
        "SELECT DISTINCT season FROM rpt_plan_project ORDER BY season", r => r.GetString(0));
}
