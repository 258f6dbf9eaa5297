using System.Globalization;
using DuckDB.NET.Data;
using Insights.Ingest.Lake;
using Insights.Warehouse.Models;

namespace Insights.Warehouse.Building;

/// <summary>
/// Runs the data tests: each <c>datatests/NAME.sql</c> is a query that returns the rows breaking an expectation
/// (unique, not null, relationships, accepted values, expressions). Its first line says <c>-- severity: error</c>
/// or <c>-- severity: warn</c>, its second what it checks. Results go to <c>etl_data_test</c>.
/// </summary>
public static class DataTestRunner
{
    private const int SampleRows = 5;

    /// <summary>Runs every embedded data test on a connection.</summary>
    /// <param name="connection">An open connection to a built warehouse.</param>
    public static IReadOnlyList<DataTestResult> Run(DuckDBConnection connection)
    {
        var assembly = typeof(DataTestRunner).Assembly;
        var results = new List<DataTestResult>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("datatests/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var sql = ModelGraph.Read(assembly, resource).Trim().TrimEnd(';');
            var lines = sql.Split('\n');
            var severity = lines[0].Contains("warn", StringComparison.OrdinalIgnoreCase) ? "warn" : "error";
            var description = lines.Length > 1 && lines[1].StartsWith("--", StringComparison.Ordinal) ? lines[1][2..].Trim() : string.Empty;
            var name = Path.GetFileNameWithoutExtension(resource);
            long failures;
            var sample = new List<string>();
            try
            {
                using (var command = connection.CreateCommand())
                {
                    command.CommandText = $"SELECT count(*) FROM (\n{sql}\n)";
                    failures = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
                }

                if (failures > 0)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT * FROM (\n{sql}\n) LIMIT {SampleRows}";
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        sample.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
                    }
                }
            }
            catch (DuckDBException e)
            {
                throw new InvalidOperationException($"数据测试 {name}.sql 无法运行 / data test {name}.sql cannot run: {e.Message}", e);
            }

            results.Add(new DataTestResult(name, severity, description, failures, sample));
        }

        DuckDbStatements.Execute(connection, "CREATE TABLE etl_data_test (test_name VARCHAR, severity VARCHAR, description VARCHAR, failures BIGINT, sample VARCHAR)");
        DuckDbStatements.Append(connection, "etl_data_test", results.Select(r => new object?[] { r.Name, r.Severity, r.Description, r.Failures, string.Join("\n", r.Sample) }));
        return results;
    }
}
