namespace Insights.Ingest.Datasets;

/// <summary>The type of a lake column, as it is written to Parquet.</summary>
public enum ValueKind
{
    /// <summary>UTF-8 text.</summary>
    Text,

    /// <summary>64-bit integer.</summary>
    WholeNumber,

    /// <summary>Double-precision number.</summary>
    Real,

    /// <summary>Calendar date.</summary>
    Date,

    /// <summary>Date and time, China Standard Time (UTC+8), no offset stored.</summary>
    DateTime,

    /// <summary>True or false.</summary>
    Boolean,
}
