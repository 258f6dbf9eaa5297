namespace Insights.Ingest.Bulk;

/// <summary>
/// The bulk path gave the file back: DuckDB could not read it as the shape scan promised, or its SQL and the
/// row-by-row checks disagreed on a row. Nothing of the batch is kept; the file is landed row by row instead.
/// </summary>
public sealed class BulkFallbackException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why, in English.</param>
    /// <param name="inner">The cause.</param>
    public BulkFallbackException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BulkFallbackException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why, in English.</param>
    public BulkFallbackException(string message)
        : base(message)
    {
    }
}
