using System.Xml;

namespace Insights.Ingest.Reading;

/// <summary>
/// An <see cref="XmlNameTable"/> that refuses to grow past a few thousand names. <see cref="XmlReader"/> keeps every
/// distinct element, attribute and prefix name and namespace URI it meets for the life of the reader: a part with
/// millions of made-up names (<c>&lt;a1/&gt;&lt;a2/&gt;…</c>) would take gigabytes. SpreadsheetML uses a few hundred.
/// </summary>
internal sealed class BoundedNameTable(Func<Exception> refuse) : XmlNameTable
{
    /// <summary>Most distinct names.</summary>
    internal const int MaxNames = 4096;

    /// <summary>Most characters of all distinct names together.</summary>
    internal const int MaxChars = 1024 * 1024;

    private readonly NameTable _names = new();
    private int _count;
    private long _chars;

    /// <inheritdoc />
    public override string Add(char[] array, int offset, int length) =>
        _names.Get(array, offset, length) ?? Count(length, () => _names.Add(array, offset, length));

    /// <inheritdoc />
    public override string Add(string array) => _names.Get(array) ?? Count(array.Length, () => _names.Add(array));

    /// <inheritdoc />
    public override string? Get(char[] array, int offset, int length) => _names.Get(array, offset, length);

    /// <inheritdoc />
    public override string? Get(string array) => _names.Get(array);

    private string Count(int length, Func<string> add)
    {
        _count++;
        _chars += length;
        return _count > MaxNames || _chars > MaxChars ? throw refuse() : add();
    }
}
