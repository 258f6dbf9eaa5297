using DuckDB.NET.Data;

namespace Insights.Warehouse.Tests.Reading;

/// <summary>A small warehouse file written by hand for the reader tests: only the tables and rows a test names.</summary>
internal static class TinyWarehouse
{
    /// <summary>Writes a warehouse file from SQL statements.</summary>
    /// <param name="folder">The folder to write it in.</param>
    /// <param name="name">The file name.</param>
    /// <param name="sql">The statements creating and filling its tables.</param>
    /// <returns>The file's path.</returns>
    public static string Create(string folder, string name, string sql)
    {
        var path = Path.Combine(folder, name);
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return path;
    }
}
