using DuckDB.NET.Data;
using Insights.Ingest.Lake;

namespace Insights.Warehouse.Tests.Lake;

/// <summary>
/// The one quoting function for lake paths in SQL text, against hostile names: what it admits, DuckDB reads back as
/// exactly that file (a quote in a name cannot end the literal); what it refuses, it refuses before any SQL exists.
/// </summary>
public sealed class LakeSqlTests : IDisposable
{
    private readonly string _lake = Directory.CreateTempSubdirectory("insights-lakesql-").FullName;

    public void Dispose() => Directory.Delete(_lake, recursive: true);

    [Theory]
    [InlineData("plain.parquet")]
    [InlineData("it's.parquet")]
    [InlineData("x'); DROP TABLE victim; --.parquet")]
    [InlineData("''.parquet")]
    [InlineData("评分 数据.parquet")]
    [InlineData("back\\slash.parquet")]
    public void An_admitted_name_reads_back_as_that_file_and_nothing_else_runs(string name)
    {
        var path = Path.Combine(_lake, "season=S", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE victim AS SELECT 1 AS x");
        using (var copy = connection.CreateCommand())
        {
            // Writing the test file: DuckDB's COPY takes no parameter either, so the test uses the function under test
            // and checks the result independently (the file exists under the exact name, with 3 rows).
            copy.CommandText = $"COPY (SELECT range AS n FROM range(3)) TO {LakeSql.Literal(path, _lake)} (FORMAT parquet)";
            copy.ExecuteNonQuery();
        }

        Assert.True(File.Exists(path), path);
        Assert.Equal(3L, Scalar(connection, $"SELECT count(*) FROM read_parquet({LakeSql.List([path], _lake)})"));
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM victim"));
    }

    [Theory]
    [InlineData("line\nbreak.parquet")]
    [InlineData("nul\0.parquet")]
    [InlineData("sep\u2028.parquet")]
    [InlineData("star*.parquet")]
    [InlineData("q?.parquet")]
    [InlineData("[ab].parquet")]
    [InlineData("{a,b}.parquet")]
    [InlineData("../outside.parquet")]
    [InlineData("a/../../outside.parquet")]
    [InlineData("/etc/passwd")]
    public void A_hostile_or_outside_name_is_refused_in_both_languages(string name)
    {
        var path = name.StartsWith('/') ? name : _lake + "/" + name;
        var e = Assert.Throws<LakePathException>(() => LakeSql.Literal(path, _lake));
        Assert.Contains(" / ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_of_the_root_is_not_inside_it()
    {
        // /tmp/lake-x is not inside /tmp/lake even though it starts with it.
        Assert.Throws<LakePathException>(() => LakeSql.Literal(_lake + "-x/a.parquet", _lake));
    }

    [Fact]
    public void An_unpaired_surrogate_is_refused_and_a_pair_is_admitted()
    {
        Assert.Throws<LakePathException>(() => LakeSql.Literal(_lake + "/a\uD800b.parquet", _lake));
        Assert.StartsWith("'", LakeSql.Literal(_lake + "/a\uD83D\uDE00b.parquet", _lake), StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_inside_the_lake_is_refused()
    {
        var outside = Directory.CreateTempSubdirectory("insights-lakesql-out-").FullName;
        try
        {
            var link = Path.Combine(_lake, "link");
            Directory.CreateSymbolicLink(link, outside);
            Assert.Throws<LakePathException>(() => LakeSql.Literal(Path.Combine(link, "a.parquet"), _lake));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
