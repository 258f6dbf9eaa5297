using System.Globalization;
using DuckDB.NET.Data;

namespace Insights.Warehouse.Reading;

/// <summary>
/// The warehouse's reading conventions for optional values: SQL NULL and the empty string are "no value" for text,
/// NULL and NaN or infinities are "no value" for numbers (the analytics write NaN where a statistic is undefined).
/// </summary>
public static class DataReaderValues
{
    /// <summary>The text of a column, null when NULL or empty.</summary>
    /// <param name="reader">The reader on a row.</param>
    /// <param name="ordinal">The column.</param>
    /// <returns>The text or null.</returns>
    public static string? TextOrNull(this DuckDBDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal) is { Length: > 0 } text ? text : null;
    }

    /// <summary>A number column as a double, null when NULL, NaN or infinite.</summary>
    /// <param name="reader">The reader on a row.</param>
    /// <param name="ordinal">The column.</param>
    /// <returns>The finite value or null.</returns>
    public static double? FiniteOrNull(this DuckDBDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal) is var value && double.IsFinite(value) ? value : null;
    }

    /// <summary>An integer column of any width (INTEGER, BIGINT, HUGEINT from count(*)) as an int, null when NULL.</summary>
    /// <param name="reader">The reader on a row.</param>
    /// <param name="ordinal">The column.</param>
    /// <returns>The value or null.</returns>
    /// <exception cref="OverflowException">The value does not fit an int.</exception>
    public static int? Int32OrNull(this DuckDBDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
    }
}
