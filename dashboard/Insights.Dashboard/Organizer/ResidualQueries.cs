using DuckDB.NET.Data;
using Insights.Dashboard.Warehouse;

namespace Insights.Dashboard.Organizer;

/// <summary>The residual matrices of a track's complete panels (the on-site review and the final roadshow).</summary>
public sealed class ResidualQueries(WarehouseReader warehouse)
{
    /// <summary>The complete panels' residual matrices of a track, in stage order.</summary>
    /// <param name="season">The season.</param>
    /// <param name="track">The track.</param>
    /// <returns>One matrix per stage whose judge × project matrix is complete.</returns>
    public Task<IReadOnlyList<ResidualMatrix>> MatricesAsync(string season, string track) =>
        warehouse.QueryAsync<IReadOnlyList<ResidualMatrix>>($"organizer|residuals|{season}|{track}", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT stage, judge_id, project_id, avg(score) FROM fact_score
                WHERE season = $season AND track_code = $track AND stage IN ('preliminary_onsite', 'final_roadshow')
                GROUP BY ALL ORDER BY ALL
                """;
            command.Parameters.Add(new DuckDBParameter("season", season));
            command.Parameters.Add(new DuckDBParameter("track", track));
            using var reader = command.ExecuteReader();
            var cells = new List<(string Stage, string Judge, string Project, double Mark)>();
            while (reader.Read())
            {
                cells.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3)));
            }

            var matrices = new List<ResidualMatrix>();
            foreach (var stage in cells.GroupBy(c => c.Stage).OrderBy(g => TrackReport.Stages.ToList().IndexOf(g.Key)))
            {
                var judges = stage.Select(c => c.Judge).Distinct().Order(StringComparer.Ordinal).ToList();
                var projects = stage.Select(c => c.Project).Distinct().Order(StringComparer.Ordinal).ToList();
                var marks = new double[judges.Count, projects.Count];
                for (var j = 0; j < judges.Count; j++)
                {
                    for (var p = 0; p < projects.Count; p++)
                    {
                        marks[j, p] = double.NaN;
                    }
                }

                foreach (var c in stage)
                {
                    marks[judges.IndexOf(c.Judge), projects.IndexOf(c.Project)] = c.Mark;
                }

                if (ResidualMatrix.FromMarks(stage.Key, judges, projects, marks) is { } matrix)
                {
                    matrices.Add(matrix);
                }
            }

            return matrices;
        });
}
