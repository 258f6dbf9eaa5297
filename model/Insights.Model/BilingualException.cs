using System.Globalization;

namespace Insights.Model;

/// <summary>
/// An error a user reads, in Chinese and English: <see cref="Exception.Message"/> is <c>"中文 / English"</c>, the
/// Chinese half <see cref="Zh"/> and the English half <see cref="En"/>, each saying what is wrong and, when the
/// error has one, where. <see cref="MessageZh"/> and <see cref="MessageEn"/> say only what is wrong, for callers
/// that name the place themselves.
/// </summary>
public abstract class BilingualException : Exception
{
    /// <summary>Creates an error whose message has no place apart from what it says.</summary>
    /// <param name="messageZh">What is wrong, in Chinese.</param>
    /// <param name="messageEn">What is wrong, in English.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    protected BilingualException(string messageZh, string messageEn, Exception? innerException = null)
        : this(new Halves(messageZh, messageEn), messageZh, messageEn, innerException)
    {
    }

    /// <summary>Creates an error whose message adds a place to what is wrong.</summary>
    /// <param name="halves">The Chinese and English halves of the message, place included.</param>
    /// <param name="messageZh">What is wrong, in Chinese.</param>
    /// <param name="messageEn">What is wrong, in English.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    protected BilingualException(Halves halves, string messageZh, string messageEn, Exception? innerException = null)
        : base(Compose(halves.Zh, halves.En), innerException)
    {
        ArgumentNullException.ThrowIfNull(messageZh);
        ArgumentNullException.ThrowIfNull(messageEn);
        (Zh, En, MessageZh, MessageEn) = (halves.Zh, halves.En, messageZh, messageEn);
    }

    /// <summary>The Chinese half of the message (what is wrong, and where).</summary>
    public string Zh { get; }

    /// <summary>The English half of the message (what is wrong, and where when the place is not in <see cref="Zh"/>).</summary>
    public string En { get; }

    /// <summary>What is wrong, in Chinese, without the place.</summary>
    public string MessageZh { get; }

    /// <summary>What is wrong, in English, without the place.</summary>
    public string MessageEn { get; }

    /// <summary>The one shape of a bilingual message: <c>"中文 / English"</c>.</summary>
    /// <param name="zh">The Chinese half.</param>
    /// <param name="en">The English half.</param>
    public static string Compose(string zh, string en)
    {
        ArgumentNullException.ThrowIfNull(zh);
        ArgumentNullException.ThrowIfNull(en);
        return $"{zh} / {en}";
    }

    /// <summary>
    /// The place of a problem in a data file as one bilingual prefix: <c>"file 第3行/row 3 列/column c"</c> (the row
    /// and column parts only when known).
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="rowWord">What the file's rows are called in English (<c>row</c>, <c>line</c>).</param>
    /// <param name="row">The row, if the problem is in one row.</param>
    /// <param name="column">The column, if the problem is in one column.</param>
    protected static string FilePlace(string file, string rowWord, long? row, string? column)
    {
        ArgumentNullException.ThrowIfNull(file);
        var at = row is { } r ? string.Create(CultureInfo.InvariantCulture, $" 第{r}行/{rowWord} {r}") : "";
        return file + at + (column is { } c ? $" 列/column {c}" : "");
    }

    /// <summary>The two halves of a message.</summary>
    /// <param name="Zh">The Chinese half.</param>
    /// <param name="En">The English half.</param>
    protected readonly record struct Halves(string Zh, string En);
}
