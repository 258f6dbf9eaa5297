using DuckDB.NET.Data;

namespace Insights.Warehouse.Building;

/// <summary>The two statements the build issues over and over: run SQL the code itself wrote, and append rows.</summary>
internal static class DuckDbStatements
{
    internal static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static void Append(DuckDBConnection connection, string table, IEnumerable<object?[]> rows)
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
