using System.Globalization;
using System.Text;

namespace Insights.Warehouse.Tests.Support;

/// <summary>
/// A canonical text form of a whole warehouse: every table and view of the main schema (from
/// <c>information_schema</c>), its columns in order, its rows sorted by all (kept) columns, each value cast to text by
/// DuckDB (locale-independent: shortest round-trip doubles, ISO timestamps) with NULL as <c>∅</c> and tabs, line
/// breaks and backslashes escaped. Two warehouses hold the same data exactly when their dumps are equal. The
/// bookkeeping of carried data tests is left out (<see cref="Bookkeeping"/>): it says how a build got its results, not
/// what they are, and a season's fingerprint covers its batches' load times.
/// </summary>
public sealed class WarehouseDump
{
    private WarehouseDump(SortedDictionary<string, IReadOnlyList<string>> tables) => Tables = tables;

    /// <summary>Lines of every table: first its kept columns, then one line per row, by table name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Tables { get; }

    /// <summary>Total rows over all tables.</summary>
    public long Rows => Tables.Values.Sum(t => (long)t.Count - 1);

    /// <summary>Dumps a warehouse.</summary>
    /// <param name="warehouse">The DuckDB file, opened read-only.</param>
    /// <param name="exclude">Columns to leave out, as (table, column) → true; null keeps all.</param>
    public static WarehouseDump Read(string warehouse, Func<string, string, bool>? exclude = null)
    {
        var leftOut = exclude;
        exclude = (table, column) => Bookkeeping(table, column) || leftOut?.Invoke(table, column) == true;
        using var connection = LakeRuns.OpenReadOnly(warehouse);
        var columns = new List<(string Table, string Type, string Column)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT t.table_name, t.table_type, c.column_name
                FROM information_schema.tables AS t
                JOIN information_schema.columns AS c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
                WHERE t.table_schema = 'main'
                ORDER BY t.table_name, c.ordinal_position
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var tables = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in columns.GroupBy(c => (c.Table, c.Type)))
        {
            var kept = table.Select(c => c.Column).Where(c => exclude?.Invoke(table.Key.Table, c) != true).ToList();
            var lines = new List<string> { $"{table.Key.Type} {table.Key.Table}: {string.Join(" | ", kept)}" };
            if (kept.Count > 0)
            {
                using var command = connection.CreateCommand();
                var casts = string.Join(", ", kept.Select((c, i) => $"CAST({Quote(c)} AS VARCHAR) AS c{i}"));
                var order = string.Join(", ", kept.Select(Quote));
                command.CommandText = $"SELECT {casts} FROM {Quote(table.Key.Table)} ORDER BY {order}";
                using var reader = command.ExecuteReader();
                var line = new StringBuilder();
                while (reader.Read())
                {
                    line.Clear();
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        if (i > 0)
                        {
                            line.Append('\t');
                        }

                        line.Append(reader.IsDBNull(i) ? "∅" : Escape(reader.GetString(i)));
                    }

                    lines.Add(line.ToString());
                }
            }

            tables[table.Key.Table] = lines;
        }

        return new WarehouseDump(tables);
    }

    /// <summary>Whether a column is the build's record of carried data tests (left out of every dump).</summary>
    /// <param name="table">The table.</param>
    /// <param name="column">The column.</param>
    public static bool Bookkeeping(string table, string column) =>
        (table == "etl_data_test" && column == "seasons_carried") || (table == "etl_data_test_season" && column is "carried" or "fingerprint");

    /// <summary>
    /// Where two dumps differ, table by table (missing tables, row counts, the first differing rows), or null when
    /// they are equal.
    /// </summary>
    /// <param name="expected">The reference dump.</param>
    /// <param name="actual">The dump compared with it.</param>
    /// <param name="maxRowsShown">Differing rows shown per table.</param>
    public static string? Differences(WarehouseDump expected, WarehouseDump actual, int maxRowsShown = 5)
    {
        var report = new StringBuilder();
        foreach (var name in expected.Tables.Keys.Union(actual.Tables.Keys).Order(StringComparer.Ordinal))
        {
            if (!expected.Tables.TryGetValue(name, out var e))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"table {name} only in the second warehouse");
                continue;
            }

            if (!actual.Tables.TryGetValue(name, out var a))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"table {name} only in the first warehouse");
                continue;
            }

            // Numbers are equal to 1e-9 relative: a view's sums and means are recomputed at every read by DuckDB's
            // parallel aggregation, whose order (and so the last bits of a double) depends on the threads.
            if (e.Count == a.Count && e.Zip(a).All(p => SameRow(p.First, p.Second)))
            {
                continue;
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"table {name}: {e.Count - 1} rows vs {a.Count - 1} rows");
            if (e[0] != a[0])
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  columns: {e[0]}  vs  {a[0]}");
            }

            var onlyExpected = e.Skip(1).Except(a.Skip(1), StringComparer.Ordinal).Take(maxRowsShown);
            var onlyActual = a.Skip(1).Except(e.Skip(1), StringComparer.Ordinal).Take(maxRowsShown);
            foreach (var row in onlyExpected)
            {
                report.AppendLine("  - " + Clip(row));
            }

            foreach (var row in onlyActual)
            {
                report.AppendLine("  + " + Clip(row));
            }
        }

        return report.Length == 0 ? null : report.ToString();
    }

    private static bool SameRow(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return true;
        }

        var e = expected.Split('\t');
        var a = actual.Split('\t');
        return e.Length == a.Length && e.Zip(a).All(p => string.Equals(p.First, p.Second, StringComparison.Ordinal)
            || (double.TryParse(p.First, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                && double.TryParse(p.Second, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
                && Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y)))));
    }

    private static string Clip(string row) => row.Length <= 400 ? row : row[..400] + "…";

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
