using DuckDB.NET.Data;

namespace Insights.Warehouse.Reading;

/// <summary>
/// Parameterized commands on the warehouse and their rows. Values only ever travel as DuckDB <c>$name</c>
/// parameters, never spliced into the SQL text.
/// </summary>
public static class WarehouseCommands
{
    /// <summary>Opens the warehouse file read-only (readers never take the writer's lock).</summary>
    /// <param name="warehouse">The DuckDB file.</param>
    /// <returns>An open connection; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static DuckDBConnection OpenReadOnly(string warehouse)
    {
        ArgumentException.ThrowIfNullOrEmpty(warehouse);
        if (!File.Exists(warehouse))
        {
            throw new FileNotFoundException($"数据仓库不存在 / the warehouse does not exist: {warehouse}", warehouse);
        }

        var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A command with its parameters bound by name (a null value binds SQL NULL).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="sql">The statement, with <c>$name</c> placeholders.</param>
    /// <param name="parameters">The parameters by name, without the <c>$</c>.</param>
    /// <returns>The command; the caller disposes it.</returns>
    public static DuckDBCommand Command(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrEmpty(sql);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return command;
    }

    /// <summary>Runs a command and reads every row into a value.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="command">The command.</param>
    /// <param name="read">Reads the current row.</param>
    /// <returns>The rows in the order the query gives them.</returns>
    public static List<T> Rows<T>(DuckDBCommand command, Func<DuckDBDataReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(read);
        using var reader = (DuckDBDataReader)command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Runs a statement with parameters and reads every row into a value.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="connection">An open connection.</param>
    /// <param name="sql">The statement, with <c>$name</c> placeholders.</param>
    /// <param name="read">Reads the current row.</param>
    /// <param name="parameters">The parameters by name, without the <c>$</c>.</param>
    /// <returns>The rows in the order the query gives them.</returns>
    public static List<T> Rows<T>(DuckDBConnection connection, string sql, Func<DuckDBDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return Rows(command, read);
    }
}
