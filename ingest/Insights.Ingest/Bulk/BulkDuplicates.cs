using System.Globalization;
using DuckDB.NET.Data;
using Insights.Ingest.Lake;

namespace Insights.Ingest.Bulk;

/// <summary>
/// Duplicate keys among the rows the bulk path wrote (season, stage, track, panel, judge, project, criterion, round:
/// <see cref="Feeds.Review.LongScoreRules.Key"/>): found in the written files, where only rows that passed every
/// other rule are, as on the row-by-row path. A hash of the key finds the candidates in one aggregation; the exact
/// keys of the candidates decide, and the first line of a key stays. The later lines go to table
/// <c>bulk_dupe</c> (the quarantine pass hands them to the row-by-row code), and the files holding them are
/// rewritten without them.
/// </summary>
internal sealed class BulkDuplicates
{
    private const string Key = "season, stage, track, panel_id, judge_id, project_id, criterion, round";

    private BulkDuplicates(IReadOnlyList<BulkScoreLanding.WrittenFile> files, IReadOnlyList<(string Season, string?[] Key)> lines)
    {
        Files = files;
        Lines = lines;
    }

    /// <summary>The written files, without the duplicate lines.</summary>
    public IReadOnlyList<BulkScoreLanding.WrittenFile> Files { get; }

    /// <summary>Each duplicate line's season and key (as the row-by-row key: the round as invariant text).</summary>
    public IReadOnlyList<(string Season, string?[] Key)> Lines { get; }

    /// <summary>Finds and removes the duplicates.</summary>
    /// <param name="connection">The bulk connection.</param>
    /// <param name="lake">The lake (its root bounds the generated paths).</param>
    /// <param name="written">The files DuckDB wrote.</param>
    public static BulkDuplicates Remove(DuckDBConnection connection, LakeStore lake, IReadOnlyList<BulkScoreLanding.WrittenFile> written)
    {
        DuckDbStatements.Execute(connection, "CREATE TEMP TABLE bulk_dupe (source_row BIGINT, season VARCHAR, stage VARCHAR, track VARCHAR, panel_id VARCHAR, judge_id VARCHAR, project_id VARCHAR, criterion VARCHAR, round BIGINT)");
        if (written.Count == 0)
        {
            return new BulkDuplicates(written, []);
        }

        var files = LakeSql.List(written.Select(w => w.Path), lake.Root);
        DuckDbStatements.Execute(connection, $"""
            INSERT INTO bulk_dupe
            WITH k AS (SELECT source_row, {Key}, hash({Key}) AS h FROM read_parquet({files}, hive_partitioning = false)),
                 c AS (SELECT h FROM k GROUP BY h HAVING count(*) > 1),
                 d AS (SELECT k.*, row_number() OVER (PARTITION BY {Key} ORDER BY source_row) AS n FROM k SEMI JOIN c ON k.h = c.h)
            SELECT source_row, {Key} FROM d WHERE n > 1
            """);
        var lines = new List<(string, string?[])>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {Key} FROM bulk_dupe ORDER BY source_row";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = new string?[8];
                for (var i = 0; i < 7; i++)
                {
                    key[i] = reader.IsDBNull(i) ? null : reader.GetString(i);
                }

                key[7] = reader.GetInt64(7).ToString(CultureInfo.InvariantCulture);
                lines.Add((key[0]!, key));
            }
        }

        if (lines.Count == 0)
        {
            return new BulkDuplicates(written, lines);
        }

        var kept = new List<BulkScoreLanding.WrittenFile>();
        foreach (var file in written)
        {
            var rewritten = file.Path + ".dedup";
            var path = LakeSql.Literal(file.Path, lake.Root);
            var rows = 0L;
            using (var command = connection.CreateCommand())
            {
                command.CommandText = $"COPY (SELECT * FROM read_parquet({path}, hive_partitioning = false) WHERE source_row NOT IN (SELECT source_row FROM bulk_dupe) ORDER BY source_row) TO {LakeSql.Literal(rewritten, lake.Root)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 131072)";
                rows = command.ExecuteNonQuery();
            }

            File.Move(rewritten, file.Path, overwrite: true);
            kept.Add(file with { Rows = rows });
        }

        return new BulkDuplicates(kept, lines);
    }
}
