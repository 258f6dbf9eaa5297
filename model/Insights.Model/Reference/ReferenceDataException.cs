namespace Insights.Model.Reference;

/// <summary>A reference data file is missing, malformed or inconsistent; the message says where, in Chinese and English.</summary>
public sealed class ReferenceDataException : BilingualException
{
    /// <summary>Creates the exception with the place and both languages' messages.</summary>
    /// <param name="file">The data file.</param>
    /// <param name="row">1-based data row (after the header), if the problem is in one row.</param>
    /// <param name="column">The column, if the problem is in one column.</param>
    /// <param name="messageZh">What is wrong, in Chinese.</param>
    /// <param name="messageEn">What is wrong, in English.</param>
    public ReferenceDataException(string file, int? row, string? column, string messageZh, string messageEn)
        : base(new Halves($"{FilePlace(file, "row", row, column)}: {messageZh}", messageEn), messageZh, messageEn)
    {
        File = file;
        Row = row;
        Column = column;
    }

    /// <summary>The data file.</summary>
    public string File { get; }

    /// <summary>1-based data row, if any.</summary>
    public int? Row { get; }

    /// <summary>The column, if any.</summary>
    public string? Column { get; }
}
