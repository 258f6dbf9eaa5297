using DuckDB.NET.Data;
using Insights.Warehouse.Reading;

namespace Insights.Warehouse.Tests.Reading;

/// <summary>
/// The shared reading helpers on a small warehouse file written here: values bound as parameters (an injection
/// attempt stays a value), NULL bound from null, rows in query order, and the conventions for missing values
/// (NULL and '' are no text; NULL, NaN and infinities are no number; integers of any width).
/// </summary>
public sealed class WarehouseCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("insights-reading-").FullName;

    private string Warehouse()
    {
        var path = Path.Combine(_folder, "w.duckdb");
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE t (id INTEGER, name VARCHAR, score DOUBLE, n BIGINT);
            INSERT INTO t VALUES (1, 'a', 1.5, 10), (2, '', 'NaN'::DOUBLE, NULL), (3, NULL, 'inf'::DOUBLE, 3), (4, 'x'' OR 1=1 --', NULL, 4);
            CREATE TABLE big AS SELECT 3000000000::BIGINT AS n;
            """;
        command.ExecuteNonQuery();
        return path;
    }

    [Fact]
    public void Parameters_are_values_and_rows_come_in_query_order()
    {
        using var connection = WarehouseCommands.OpenReadOnly(Warehouse());
        var ids = WarehouseCommands.Rows(connection, "SELECT id FROM t WHERE id >= $min ORDER BY id DESC", r => r.GetInt32(0), ("min", 2));
        Assert.Equal([4, 3, 2], ids);
        // The text of an injection attempt matches only itself.
        Assert.Equal([4], WarehouseCommands.Rows(connection, "SELECT id FROM t WHERE name = $name", r => r.GetInt32(0), ("name", "x' OR 1=1 --")));
        // null binds SQL NULL: `= NULL` matches nothing, `IS NOT DISTINCT FROM` matches the NULL row.
        Assert.Empty(WarehouseCommands.Rows(connection, "SELECT id FROM t WHERE name = $name", r => r.GetInt32(0), ("name", null)));
        Assert.Equal([3], WarehouseCommands.Rows(connection, "SELECT id FROM t WHERE name IS NOT DISTINCT FROM $name", r => r.GetInt32(0), ("name", null)));
        // Read-only: a write is refused.
        using var write = WarehouseCommands.Command(connection, "DELETE FROM t");
        Assert.ThrowsAny<DuckDBException>(() => write.ExecuteNonQuery());
    }

    [Fact]
    public void Missing_values_read_as_null()
    {
        using var connection = WarehouseCommands.OpenReadOnly(Warehouse());
        var rows = WarehouseCommands.Rows(connection, "SELECT name, score, n, count(*) OVER () FROM t ORDER BY id",
            r => (Name: r.TextOrNull(0), Score: r.FiniteOrNull(1), N: r.Int32OrNull(2), Count: r.Int32OrNull(3)));
        Assert.Equal(["a", null, null, "x' OR 1=1 --"], rows.Select(r => r.Name));
        Assert.Equal([1.5, null, null, null], rows.Select(r => r.Score));
        Assert.Equal(4, rows[0].Count);
        Assert.Equal(10, rows[0].N);
        Assert.Null(rows[1].N);
        // 3,000,000,000 does not fit an int: an error, not a wrapped number.
        Assert.Throws<OverflowException>(() => WarehouseCommands.Rows(connection, "SELECT n FROM big", r => r.Int32OrNull(0)));
    }

    [Fact]
    public void A_missing_warehouse_says_so_in_both_languages()
    {
        var missing = Path.Combine(_folder, "none.duckdb");
        var error = Assert.Throws<FileNotFoundException>(() => WarehouseCommands.OpenReadOnly(missing));
        Assert.Contains("数据仓库不存在", error.Message, StringComparison.Ordinal);
        Assert.Contains("the warehouse does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
