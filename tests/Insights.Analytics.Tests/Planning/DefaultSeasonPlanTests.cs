using DuckDB.NET.Data;
using Insights.Analytics.Tests.Support;
using Insights.Generator;
using Insights.Planning;
using Insights.Planning.Files;

namespace Insights.Analytics.Tests.Planning;

/// <summary>
/// The plan on the default season's registrations and judge pool, read from its warehouse: every stage planned, and
/// the written review planned alone beside the executed panels. Conflicts and overlaps are counted here with SQL of the
/// test's own over the warehouse's units and teams, not by the planner's audit.
/// </summary>
public sealed class DefaultSeasonPlanTests
{
    [Fact]
    public async Task The_default_season_plans_without_conflicts_or_overlaps_in_one_component_per_written_review()
    {
        var season = await GeneratedWarehouse.SharedAsync(GeneratorOptions.DefaultProjects, 7);
        var input = WarehousePlanInput.Read(season.Warehouse, null, null);
        Assert.Equal(GeneratorOptions.DefaultProjects, input.Projects.Count);
        // The count can find a conflict: the default season plants a judge who scores his own unit's projects.
        Assert.True(Conflicts(season.Warehouse, input.Executed) > 0);
        foreach (var stages in new[] { PlanStage.All, [PlanStage.Written] })
        {
            var plan = JudgingPlanner.Plan(input.Season, stages, input.Projects, input.Judges, input.Executed, new PlanOptions());
            Assert.Equal(12, plan.Written.Count);
            Assert.All(plan.Written, t => Assert.Equal(1, t.Quality.Components));
            Assert.Equal(GeneratorOptions.DefaultProjects * 5, plan.Audit.Sheets);
            Assert.Equal(0, Conflicts(season.Warehouse, plan.Seats()));
            Assert.Equal(0, Overlaps(plan, stages.Count == 1 ? input.Executed : []));
        }
    }

    // Sheets whose judge's unit (dim_judge) is the lead or a partner unit of the project's team (dim_team).
    private static int Conflicts(string warehouse, IEnumerable<PlanSeat> seats)
    {
        using var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var judgeUnit = new Dictionary<string, string>(StringComparer.Ordinal);
        var teamUnits = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using (var judges = connection.CreateCommand())
        {
            judges.CommandText = "SELECT judge_id, unit_name FROM dim_judge WHERE unit_name IS NOT NULL";
            using var r = judges.ExecuteReader();
            while (r.Read())
            {
                judgeUnit[r.GetString(0)] = r.GetString(1);
            }
        }

        using (var teams = connection.CreateCommand())
        {
            teams.CommandText = """
                SELECT p.project_id, t.lead_unit_name, coalesce(t.partner_unit_names, '')
                FROM dim_project p JOIN dim_team t ON t.season = p.season AND t.team_id = p.team_id
                """;
            using var r = teams.ExecuteReader();
            while (r.Read())
            {
                teamUnits[r.GetString(0)] = [r.GetString(1), .. r.GetString(2).Split("; ", StringSplitOptions.RemoveEmptyEntries)];
            }
        }

        return seats.Count(s => s.Project is not null && judgeUnit.TryGetValue(s.Judge, out var unit) && teamUnits[s.Project].Contains(unit));
    }

    // Judges on a preliminary and the final panel of one track where at least one of the two seats is the plan's
    // (the default season plants an overlap of its own among the executed seats: not the plan's doing).
    private static int Overlaps(JudgingPlan plan, IReadOnlyList<PlanSeat> executed)
    {
        var planned = plan.Seats().ToList();
        var seats = planned.Concat(executed.Where(e => !plan.Stages.Contains(e.Stage))).ToList();
        var preliminary = seats.Where(s => s.Stage != PlanStage.Final).Select(s => (s.Track, s.Judge)).ToHashSet();
        var mine = planned.Select(s => (s.Track, s.Judge)).ToHashSet();
        return seats.Where(s => s.Stage == PlanStage.Final).Select(s => (s.Track, s.Judge)).Distinct().Count(x => preliminary.Contains(x) && mine.Contains(x));
    }
}
