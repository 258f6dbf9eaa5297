namespace Insights.Model.Reference;

/// <summary>A reference data file is missing, malformed or inconsistent; the message says where, in Chinese and English.</summary>
public sealed class ReferenceDataException : Exception
{
    /// <summary>Creates the exception with the place and both languages' messages.</summary>
    /// <param name="file">The data file.</param>
    /// <param name="row">1-based data row (after the header), if the problem is in one row.</param>
    /// <param name="column">The column, if the problem is in one column.</param>
    /// <param name="messageZh">What is wrong, in Chinese.</param>
    /// <param name="messageEn">What is wrong, in English.</param>
    public ReferenceDataException(string file, int? row, string? column, string messageZh, string messageEn)
        : base(Format(file, row, column, messageZh, messageEn))
    {
        File = file;
        Row = row;
        Column = column;
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    /// <summary>The data file.</summary>
    public string File { get; }

    /// <summary>1-based data row, if any.</summary>
    public int? Row { get; }

    /// <summary>The column, if any.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, in Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>What is wrong, in English.</summary>
    public string MessageEn { get; }

    private static string Format(string file, int? row, string? column, string zh, string en)
    {
        var where = file + (row is { } r ? $" 第{r}行/row {r}" : "") + (column is { } c ? $" 列/column {c}" : "");
        return $"{where}: {zh} / {en}";
    }
}
