using System.Text;
using System.Xml;

namespace Insights.Ingest.Reading;

/// <summary>
/// A forward-only XML reader over one part of a workbook, with what <see cref="XmlReader"/> lacks to stay within
/// bounded memory on hostile input: a nesting limit (the reader keeps a node per open element), a bounded name table
/// (<see cref="BoundedNameTable"/>), and text read in chunks up to a limit instead of whole (a text node is streamed by
/// the reader, but its <see cref="XmlReader.Value"/> would be one string of any length). Tags and CDATA sections are
/// bounded by the <see cref="XlsxEntryStream"/> below.
/// </summary>
internal sealed class XlsxPartReader : IDisposable
{
    /// <summary>Deepest element nesting (SpreadsheetML needs about eight).</summary>
    internal const int MaxDepth = 64;

    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // Control characters become row problems (quarantined with their row), not damage of the whole file.
        CheckCharacters = false,
        CloseInput = true,
    };

    private readonly XmlReader _reader;
    private readonly char[] _chunk = new char[8192];

    internal XlsxPartReader(Stream stream, string path, string part)
    {
        Path = path;
        Part = part;
        var names = new BoundedNameTable(() => ReadLimits.Exceeded(
            path,
            $"工作簿部件 {part} 使用了超过 {ReadLimits.N(BoundedNameTable.MaxNames)} 个不同的 XML 名称",
            $"the workbook part {part} uses more than {ReadLimits.N(BoundedNameTable.MaxNames)} distinct XML names",
            ReadLimits.N(BoundedNameTable.MaxNames)));
        var settings = s_settings.Clone();
        settings.NameTable = names;
        _reader = XmlReader.Create(stream, settings);
    }

    /// <summary>The workbook file.</summary>
    internal string Path { get; }

    /// <summary>The part's entry name.</summary>
    internal string Part { get; }

    /// <summary>The reader, positioned by <see cref="Read"/>.</summary>
    internal XmlReader Xml => _reader;

    /// <summary>The name table's instance of <paramref name="name"/>, for comparing local names by reference.</summary>
    internal string Atom(string name) => _reader.NameTable.Add(name);

    /// <summary>Reads the next node; false at the end of the part.</summary>
    /// <exception cref="SourceFileException">Elements nest deeper than <see cref="MaxDepth"/>.</exception>
    internal bool Read()
    {
        if (!_reader.Read())
        {
            return false;
        }

        if (_reader.Depth > MaxDepth)
        {
            throw ReadLimits.Exceeded(
                Path,
                $"工作簿部件 {Part} 的 XML 元素嵌套超过 {ReadLimits.N(MaxDepth)} 层",
                $"the XML elements of the workbook part {Part} nest deeper than {ReadLimits.N(MaxDepth)} levels",
                ReadLimits.N(MaxDepth));
        }

        return true;
    }

    /// <summary>The value of an attribute of the current element, by local name; null when absent.</summary>
    internal string? Attribute(string localName)
    {
        string? value = null;
        if (_reader.MoveToFirstAttribute())
        {
            do
            {
                if (_reader.LocalName == localName)
                {
                    value = _reader.Value;
                    break;
                }
            }
            while (_reader.MoveToNextAttribute());

            _reader.MoveToElement();
        }

        return value;
    }

    /// <summary>
    /// Reads the text content of the current element (on its start tag) up to its end tag: the first
    /// <paramref name="keep"/> characters are appended to <paramref name="into"/>, the rest only counted. Stops as soon
    /// as the count passes <paramref name="max"/>.
    /// </summary>
    /// <returns>The text's length, or a number over <paramref name="max"/> when it is longer.</returns>
    internal long ReadText(StringBuilder into, long keep, long max)
    {
        if (_reader.IsEmptyElement)
        {
            return 0;
        }

        var depth = _reader.Depth;
        long length = 0;
        while (Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    int read;
                    while ((read = _reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                    {
                        var kept = (int)Math.Clamp(keep - length, 0, read);
                        into.Append(_chunk, 0, kept);
                        length += read;
                        if (length > max)
                        {
                            return length;
                        }
                    }

                    break;
                case XmlNodeType.EndElement when _reader.Depth == depth:
                    return length;
                default:
                    break;
            }
        }

        return length;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
