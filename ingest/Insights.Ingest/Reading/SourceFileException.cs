using System.Globalization;
using Insights.Model;

namespace Insights.Ingest.Reading;

/// <summary>
/// A source file cannot be read at all (missing, not the format its name says, unrecognised encoding, damaged
/// structure, bad header, over a reading limit). <see cref="Exception.Message"/> is <c>"中文 / English"</c> and names
/// the file, and the row and column when known. The messages are safe to print: control and other unsafe characters
/// of the file name or of the file's own text in them are escaped (<see cref="DisplayText"/>).
/// </summary>
public sealed class SourceFileException : BilingualException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="messageZh">What is wrong, in Chinese.</param>
    /// <param name="messageEn">What is wrong, in English.</param>
    /// <param name="row">Row (as <see cref="SourceRow.RowNumber"/> counts them) where the problem is, if known.</param>
    /// <param name="column">Column name where the problem is, if known.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    public SourceFileException(string path, string messageZh, string messageEn, long? row = null, string? column = null, Exception? innerException = null)
        : base(Place(path, DisplayText.Escape(messageZh), DisplayText.Escape(messageEn), row, column), DisplayText.Escape(messageZh), DisplayText.Escape(messageEn), innerException)
    {
        Path = path;
        Row = row;
        Column = column;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Row where the problem is, if known.</summary>
    public long? Row { get; }

    /// <summary>Column name where the problem is, if known (as the file has it: escape it to print it).</summary>
    public string? Column { get; }

    // What is wrong, then the place in brackets: "原因（文件 f，第 3 行） / reason (file f, row 3)".
    private static Halves Place(string path, string zh, string en, long? row, string? column)
    {
        (path, column) = (DisplayText.Escape(path), DisplayText.Escape(column));
        var whereZh = "文件 " + path;
        var whereEn = "file " + path;
        if (row is { } r)
        {
            whereZh += string.Create(CultureInfo.InvariantCulture, $"，第 {r} 行");
            whereEn += string.Create(CultureInfo.InvariantCulture, $", row {r}");
        }

        if (column is not null)
        {
            whereZh += $"，列“{column}”";
            whereEn += $", column \"{column}\"";
        }

        return new Halves($"{zh}（{whereZh}）", $"{en} ({whereEn})");
    }
}
