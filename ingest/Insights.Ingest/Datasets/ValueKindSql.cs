namespace Insights.Ingest.Datasets;

/// <summary>The DuckDB types of the lake's value kinds: one mapping for every SQL that reads or writes the lake.</summary>
public static class ValueKindSql
{
    /// <summary>The DuckDB type of a lake column of this kind.</summary>
    /// <param name="kind">The column's kind.</param>
    public static string DuckDbType(this ValueKind kind) => kind switch
    {
        ValueKind.Text => "VARCHAR",
        ValueKind.WholeNumber => "BIGINT",
        ValueKind.Real => "DOUBLE",
        ValueKind.Date => "DATE",
        ValueKind.DateTime => "TIMESTAMP",
        ValueKind.Boolean => "BOOLEAN",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no DuckDB type for this value kind"),
    };
}
