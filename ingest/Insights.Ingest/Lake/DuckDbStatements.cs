using DuckDB.NET.Data;

namespace Insights.Ingest.Lake;

/// <summary>
/// The two statements the warehouse build and the bulk ingest issue over and over: run SQL the code itself wrote
/// (no value from a user in its text), and append rows through DuckDB's appender.
/// </summary>
public static class DuckDbStatements
{
    /// <summary>Runs generated SQL (one or more statements).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="sql">The SQL text.</param>
    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Appends rows to a table, each a value per column in the table's order.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="table">The table.</param>
    /// <param name="rows">The rows: null, text, whole numbers, reals, booleans, dates and date-times.</param>
    public static void Append(DuckDBConnection connection, string table, IEnumerable<object?[]> rows)
    {
        using var appender = connection.CreateAppender(table);
        foreach (var values in rows)
        {
            var row = appender.CreateRow();
            foreach (var value in values)
            {
                _ = value switch
                {
                    null => row.AppendNullValue(),
                    string v => row.AppendValue(v),
                    int v => row.AppendValue(v),
                    long v => row.AppendValue(v),
                    double v => row.AppendValue(v),
                    bool v => row.AppendValue(v),
                    DateOnly v => row.AppendValue(v),
                    DateTime v => row.AppendValue(v),
                    _ => throw new ArgumentException($"cannot append a {value.GetType().Name} to {table}", nameof(rows)),
                };
            }

            row.EndRow();
        }
    }
}
