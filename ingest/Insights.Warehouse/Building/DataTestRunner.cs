using System.Globalization;
using DuckDB.NET.Data;
using Insights.Ingest.Lake;
using Insights.Warehouse.Models;

namespace Insights.Warehouse.Building;

/// <summary>
/// Runs the data tests: each <c>datatests/NAME.sql</c> is a query that returns the rows breaking an expectation
/// (unique, not null, relationships, accepted values, expressions). Its first line says <c>-- severity: error</c>
/// or <c>-- severity: warn</c>, its second what it checks. Results go to <c>etl_data_test</c>.
/// A test whose header says <c>-- scope: season</c> (<see cref="DataTestFile.BySeason"/>) is counted per season: a
/// season none of whose scoped tests failed is recorded in <c>etl_data_test_season</c> with its fingerprint, and the
/// next build, given a <see cref="DataTestScope"/>, runs the scoped tests over the other seasons only (the lake views
/// narrowed to their files, the rows filtered to them) and carries the passes of the seasons whose fingerprint is
/// unchanged. Only passes are carried: a season that failed a test is tested again, and every test without the scope
/// line runs whole in every build.
/// </summary>
public static class DataTestRunner
{
    private const int SampleRows = 5;

    /// <summary>Runs every embedded data test on a connection, each over every season.</summary>
    /// <param name="connection">An open connection to a built warehouse.</param>
    public static IReadOnlyList<DataTestResult> Run(DuckDBConnection connection) => Run(connection, null);

    /// <summary>Runs the data tests, the season-scoped ones over the seasons <paramref name="scope"/> does not carry.</summary>
    /// <param name="connection">An open connection to the warehouse being built.</param>
    /// <param name="scope">What may be carried; null runs every test whole and records no season.</param>
    internal static IReadOnlyList<DataTestResult> Run(DuckDBConnection connection, DataTestScope? scope)
    {
        var tests = Files();
        var results = new Dictionary<string, DataTestResult>(StringComparer.Ordinal);
        foreach (var test in tests.Where(t => scope is null || !t.BySeason))
        {
            results[test.Name] = Guard(test, () => Whole(connection, test));
        }

        if (scope is not null)
        {
            RunBySeason(connection, tests.Where(t => t.BySeason), scope, results);
        }

        var ordered = tests.Select(t => results[t.Name]).ToList();
        DuckDbStatements.Execute(connection, "CREATE TABLE etl_data_test (test_name VARCHAR, severity VARCHAR, description VARCHAR, failures BIGINT, sample VARCHAR, seasons_carried BIGINT)");
        DuckDbStatements.Append(connection, "etl_data_test", ordered.Select(r => new object?[] { r.Name, r.Severity, r.Description, r.Failures, string.Join("\n", r.Sample), (long)r.SeasonsCarried }));
        return ordered;
    }

    // The season-scoped tests over the seasons the scope does not carry, and the record of the seasons that passed.
    private static void RunBySeason(DuckDBConnection connection, IEnumerable<DataTestFile> tests, DataTestScope scope, Dictionary<string, DataTestResult> results)
    {
        var failed = new HashSet<string?>(StringComparer.Ordinal);
        var narrowed = scope.Carried.Count > 0;
        var filter = string.Empty;
        if (narrowed)
        {
            DuckDbStatements.Execute(connection, "CREATE TEMP TABLE data_test_carried (season VARCHAR)");
            DuckDbStatements.Append(connection, "data_test_carried", scope.Carried.Select(s => new object?[] { s }));
            filter = "WHERE season IS NULL OR season NOT IN (SELECT season FROM data_test_carried)";
            LakeTables.Scope(connection, scope.Views, scope.LakeRoot, scope.Fingerprints.Keys.Where(s => !scope.Carried.Contains(s)).ToHashSet(StringComparer.Ordinal));
        }

        try
        {
            foreach (var test in tests)
            {
                var (result, failing) = Guard(test, () => BySeason(connection, test, filter, scope.Carried.Count));
                results[test.Name] = result;
                failed.UnionWith(failing);
            }
        }
        finally
        {
            if (narrowed)
            {
                LakeTables.Scope(connection, scope.Views, scope.LakeRoot, null);
                DuckDbStatements.Execute(connection, "DROP TABLE data_test_carried");
            }
        }

        // A failing row without a season (null) could belong to any: then no season is recorded as passed.
        DuckDbStatements.Execute(connection, "CREATE TABLE etl_data_test_season (season VARCHAR, fingerprint VARCHAR, carried BOOLEAN)");
        DuckDbStatements.Append(connection, "etl_data_test_season", failed.Contains(null) ? [] : scope.Fingerprints
            .Where(f => !failed.Contains(f.Key))
            .Select(f => new object?[] { f.Key, f.Value, scope.Carried.Contains(f.Key) }));
    }

    private static List<DataTestFile> Files()
    {
        var assembly = typeof(DataTestRunner).Assembly;
        return [.. assembly.GetManifestResourceNames().Where(n => n.StartsWith("datatests/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(r => DataTestFile.Parse(Path.GetFileNameWithoutExtension(r), ModelGraph.Read(assembly, r)))];
    }

    private static DataTestResult Whole(DuckDBConnection connection, DataTestFile test)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM (\n{test.Sql}\n)";
        var failures = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new DataTestResult(test.Name, test.Severity, test.Description, failures, failures > 0 ? Sample(connection, test, string.Empty) : []);
    }

    // The failing rows of the tested seasons, counted per season; the seasons that failed (null for a row without one).
    private static (DataTestResult Result, List<string?> Failing) BySeason(DuckDBConnection connection, DataTestFile test, string filter, int carried)
    {
        long failures = 0;
        var failing = new List<string?>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT season, count(*) FROM (\n{test.Sql}\n) {filter} GROUP BY ALL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                failures += reader.GetInt64(1);
                failing.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
            }
        }

        var result = new DataTestResult(test.Name, test.Severity, test.Description, failures, failures > 0 ? Sample(connection, test, filter) : [])
        {
            SeasonsCarried = carried,
        };
        return (result, failing);
    }

    private static List<string> Sample(DuckDBConnection connection, DataTestFile test, string filter)
    {
        var sample = new List<string>();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM (\n{test.Sql}\n) {filter} LIMIT {SampleRows}";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            sample.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return sample;
    }

    private static T Guard<T>(DataTestFile test, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (DuckDBException e)
        {
            throw new InvalidOperationException($"数据测试 {test.Name}.sql 无法运行 / data test {test.Name}.sql cannot run: {e.Message}", e);
        }
    }
}
