using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using Insights.Ingest.Lake;
using Insights.Model.Reference;

namespace Insights.Warehouse.Building;

/// <summary>
/// A fingerprint per season of everything a season-scoped data test can read of it in a new warehouse: the lake files
/// its views read (immutable: a batch's files never change, a new batch or a supersede changes the list), the rows of
/// its batches in <c>etl_batch</c> (current or not, superseded by whom) and of <c>etl_season_drop</c>, its rows of
/// every <c>ref_*</c> and <c>analytics_*</c> table (the analysis kept from the old warehouse included), every table
/// without a season column among those (labels, finding kinds) for all seasons, and the code: the assemblies that
/// hold the models, the data tests, the seeds, the reference data and the lake's datasets, and DuckDB's version.
/// Equal fingerprints mean equal inputs, so a season whose data tests passed under a fingerprint passes them again
/// (<see cref="DataTestRunner"/>). Unknown to it: nothing else reaches the warehouse (the build reads the lake, the
/// embedded reference data and the old warehouse's analysis only).
/// </summary>
internal static class SeasonFingerprints
{
    /// <summary>The season column's name in the tables that have one.</summary>
    private const string SeasonColumn = "season";

    /// <summary>Computes the fingerprint of every season the new warehouse knows.</summary>
    /// <param name="building">The new warehouse, its models built and the analysis kept.</param>
    /// <param name="views">The lake views and their files.</param>
    /// <param name="lakeRoot">The lake's root (file paths enter the fingerprint relative to it).</param>
    public static IReadOnlyDictionary<string, string> Compute(DuckDBConnection building, IReadOnlyList<LakeView> views, string lakeRoot)
    {
        var parts = views.SelectMany(v => v.Files.Select(f => (f.Season, Part: $"file {v.Name} {Path.GetRelativePath(lakeRoot, f.Path)}"))).ToList();

        var global = new List<string> { Code(building) };
        foreach (var (table, seasoned) in Tables(building))
        {
            using var command = building.CreateCommand();
            // Table names come from the catalog (the build's own models), never from data; a row's hash covers every column.
            command.CommandText = seasoned
                ? $"SELECT {SeasonColumn}, count(*), sum(hash(t)::HUGEINT)::VARCHAR FROM \"{table}\" AS t GROUP BY ALL"
                : $"SELECT NULL, count(*), sum(hash(t)::HUGEINT)::VARCHAR FROM \"{table}\" AS t";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var part = string.Create(CultureInfo.InvariantCulture, $"table {table} {reader.GetInt64(1)} {(reader.IsDBNull(2) ? "-" : reader.GetString(2))}");
                if (!seasoned)
                {
                    global.Add(part);
                }
                else if (!reader.IsDBNull(0))
                {
                    parts.Add((reader.GetString(0), part));
                }
            }
        }

        // A batch belongs to every season it names; its row changes when it is superseded.
        using (var command = building.CreateCommand())
        {
            command.CommandText = "SELECT s.season, b.batch_id, hash(b)::VARCHAR FROM etl_batch AS b, unnest(string_split(b.seasons, ';')) AS s(season) WHERE s.season <> ''";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                parts.Add((reader.GetString(0), $"batch {reader.GetString(1)} {reader.GetString(2)}"));
            }
        }

        var shared = string.Join("\n", global.Order(StringComparer.Ordinal));
        return parts.GroupBy(p => p.Season, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shared + "\n" + string.Join("\n", g.Select(p => p.Part).Order(StringComparer.Ordinal))))),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The seasons whose season-scoped data tests passed in the old warehouse under the fingerprint they have now; none
    /// when there is no old warehouse, it predates the record, or it cannot be read (then everything is tested).
    /// </summary>
    /// <param name="oldWarehouse">The warehouse the build will replace.</param>
    /// <param name="fingerprints">The new fingerprints.</param>
    public static IReadOnlySet<string> Unchanged(string oldWarehouse, IReadOnlyDictionary<string, string> fingerprints)
    {
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(oldWarehouse))
        {
            return unchanged;
        }

        try
        {
            using var old = Reading.WarehouseCommands.OpenReadOnly(oldWarehouse);
            using var command = old.CreateCommand();
            command.CommandText = "SELECT season, fingerprint FROM etl_data_test_season";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var season = reader.GetString(0);
                if (fingerprints.TryGetValue(season, out var now) && now == reader.GetString(1))
                {
                    unchanged.Add(season);
                }
            }
        }
        catch (DuckDBException)
        {
            unchanged.Clear();    // an older warehouse without the table, or one DuckDB cannot open: test everything
        }

        return unchanged;
    }

    // The reference, analytics and season-drop tables, each with whether it has a season column.
    private static List<(string Table, bool Seasoned)> Tables(DuckDBConnection building)
    {
        var tables = new List<(string, bool)>();
        using var command = building.CreateCommand();
        command.CommandText = """
            SELECT t.table_name, bool_or(c.column_name = 'season')
            FROM information_schema.tables AS t JOIN information_schema.columns AS c USING (table_schema, table_name)
            WHERE t.table_schema = 'main' AND t.table_type = 'BASE TABLE'
              AND (t.table_name LIKE 'ref\_%' ESCAPE '\' OR t.table_name LIKE 'analytics\_%' ESCAPE '\' OR t.table_name = 'etl_season_drop')
            GROUP BY ALL ORDER BY 1
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            tables.Add((reader.GetString(0), reader.GetBoolean(1)));
        }

        return tables;
    }

    // The code that shapes the warehouse: a changed model, data test, seed, reference file or dataset is a new
    // assembly (deterministic builds give a new module version id exactly when the content changes), and DuckDB's version.
    private static string Code(DuckDBConnection building)
    {
        using var command = building.CreateCommand();
        command.CommandText = "SELECT version()";
        var duckdb = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        var assemblies = new[] { typeof(SeasonFingerprints).Assembly, typeof(LakeStore).Assembly, typeof(ReferenceCatalog).Assembly };
        return "code " + string.Join(" ", assemblies.Select(a => a.ManifestModule.ModuleVersionId.ToString("N"))) + " duckdb " + duckdb;
    }
}
