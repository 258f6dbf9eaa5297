using DuckDB.NET.Data;
using Insights.Ingest.Feeds;
using Insights.Ingest.Feeds.Review;
using Insights.Ingest.Lake;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Bulk;

/// <summary>
/// Fills the bulk path's lookup tables from one scan of the file's distinct texts (<see cref="BulkScoreSql.Distinct"/>):
/// every judgement is made by the C# code the row-by-row path uses (<see cref="ValueParsers"/>,
/// <see cref="ScoreRounds"/>, <see cref="ScoreLanding.ResolveLabels"/>, the season's registrations), once per distinct
/// text, and appended to DuckDB tables the checked SQL joins.
/// </summary>
internal static class BulkLookups
{
    /// <summary>Most distinct texts judged in C# (labels, rounds, numbers and times not in plain form): memory stays bounded; beyond, the file goes row by row.</summary>
    public const int MaxDistinct = 500_000;

    /// <summary>Creates and fills the lookup tables; returns the rows the file holds and its seasons.</summary>
    /// <param name="connection">The bulk connection (tables are temporary).</param>
    /// <param name="sql">The file's SQL.</param>
    /// <param name="season">The season views of the ingest.</param>
    public static (long Rows, IReadOnlyList<string> Seasons) Fill(DuckDBConnection connection, BulkScoreSql sql, Func<string, SeasonReference> season)
    {
        DuckDbStatements.Execute(connection, """
            CREATE TEMP TABLE bulk_number (field INTEGER, text VARCHAR, value DOUBLE);
            CREATE TEMP TABLE bulk_time (text VARCHAR, value TIMESTAMP);
            CREATE TEMP TABLE bulk_round (text VARCHAR, round BIGINT, ok BOOLEAN);
            CREATE TEMP TABLE bulk_label (season VARCHAR, stage VARCHAR, track VARCHAR, criterion VARCHAR, stage_out VARCHAR,
                track_out VARCHAR, criterion_out VARCHAR, fail INTEGER, catalog BOOLEAN, min_score DOUBLE, max_score DOUBLE);
            CREATE TEMP TABLE bulk_season (season VARCHAR, season_no INTEGER, has_projects BOOLEAN, has_judges BOOLEAN);
            CREATE TEMP TABLE bulk_project (season VARCHAR, id VARCHAR);
            CREATE TEMP TABLE bulk_judge (season VARCHAR, id VARCHAR);
            """);
        var labels = new List<object?[]>();
        var rounds = new List<object?[]>();
        var numbers = new List<object?[]>();
        var times = new List<object?[]>();
        var seenLabels = new HashSet<(string, string?, string?, string?)>();
        var seenRounds = new HashSet<string>(StringComparer.Ordinal);
        var seenNumbers = new HashSet<(int, string)>();
        var seenTimes = new HashSet<string>(StringComparer.Ordinal);
        var seasons = new SortedSet<string>(StringComparer.Ordinal);
        long rows = 0;
        var numberFields = BulkScoreSql.NumberFields;
        var timeColumn = 5 + numberFields.Length;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = sql.Distinct();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                rows += reader.GetInt64(timeColumn + 1);
                var s = Text(0)!;
                if (seenLabels.Add((s, Text(1), Text(2), Text(3))))
                {
                    seasons.Add(s);
                    labels.Add(Label(season(s), s, Text(1), Text(2), Text(3)));
                }

                if (Text(4) is { } roundText && seenRounds.Add(roundText))
                {
                    var ok = ScoreRounds.TryParse(roundText, out var round);
                    rounds.Add([roundText, ok ? round : 0L, ok]);
                }

                for (var k = 0; k < numberFields.Length; k++)
                {
                    if (Text(5 + k) is { } t && seenNumbers.Add((numberFields[k], t)))
                    {
                        numbers.Add([numberFields[k], t, ValueParsers.TryParseDouble(t, out var value) ? value : null]);
                    }
                }

                if (Text(timeColumn) is { } time && seenTimes.Add(time))
                {
                    times.Add([time, ValueParsers.TryParseDateTime(time, out var value) ? value : null]);
                }

                if (labels.Count + rounds.Count + numbers.Count + times.Count > MaxDistinct)
                {
                    throw new BulkFallbackException($"more than {MaxDistinct:N0} distinct labels and values in forms the SQL does not read");
                }
            }
        }

        DuckDbStatements.Append(connection, "bulk_label", labels);
        DuckDbStatements.Append(connection, "bulk_round", rounds);
        DuckDbStatements.Append(connection, "bulk_number", numbers);
        DuckDbStatements.Append(connection, "bulk_time", times);
        sql.OddNumberFields = numbers.Select(n => (int)n[0]!).ToHashSet();
        sql.HasOddTimes = times.Count > 0;
        sql.HasProjects = seasons.Any(s => season(s).KnownProjects is not null);
        sql.HasJudges = seasons.Any(s => season(s).KnownJudges is not null);
        var no = 0;
        foreach (var s in seasons)
        {
            var reference = season(s);
            DuckDbStatements.Append(connection, "bulk_season", [[s, no++, reference.KnownProjects is not null, reference.KnownJudges is not null]]);
            DuckDbStatements.Append(connection, "bulk_project", (reference.KnownProjects ?? new HashSet<string>()).Select(id => new object?[] { s, id }));
            DuckDbStatements.Append(connection, "bulk_judge", (reference.KnownJudges ?? new HashSet<string>()).Select(id => new object?[] { s, id }));
        }

        return (rows, [.. seasons]);
    }

    private static object?[] Label(SeasonReference reference, string season, string? stage, string? track, string? criterion)
    {
        var mark = new ScoreLanding.Mark(season, stage, track, null, null, null, criterion, null, null, null, null, null, null, null);
        if (stage is null || track is null || criterion is null)
        {
            // A missing label fails its required rule first; the row never reaches the label checks.
            return [season, stage, track, criterion, stage, track, criterion, null, false, null, null];
        }

        var failed = ScoreLanding.ResolveLabels(reference, ref mark);
        var catalog = reference.Catalog is not null;
        return [season, stage, track, criterion, mark.Stage, mark.Track, mark.Criterion,
            failed is { } f ? BulkScoreSql.Code(f) : null, catalog, catalog ? mark.MinScore : null, catalog ? mark.MaxScore : null];
    }
}
