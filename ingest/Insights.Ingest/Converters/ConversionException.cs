using Insights.Model;

namespace Insights.Ingest.Converters;

/// <summary>A source file of a converter is missing or malformed; the message names the file, line and column, in Chinese and English.</summary>
public sealed class ConversionException : BilingualException
{
    /// <summary>Creates the exception with the place and both languages' messages.</summary>
    /// <param name="file">The source file (name inside the source folder).</param>
    /// <param name="line">1-based line of the file (the header is line 1), if the problem is in one row.</param>
    /// <param name="column">The column, if the problem is in one column.</param>
    /// <param name="messageZh">What is wrong, in Chinese.</param>
    /// <param name="messageEn">What is wrong, in English.</param>
    public ConversionException(string file, long? line, string? column, string messageZh, string messageEn)
        : base(new Halves($"{FilePlace(file, "line", line, column)}: {messageZh}", messageEn), messageZh, messageEn)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The source file.</summary>
    public string File { get; }

    /// <summary>1-based line of the file (header = line 1), if any.</summary>
    public long? Line { get; }

    /// <summary>The column, if any.</summary>
    public string? Column { get; }
}
