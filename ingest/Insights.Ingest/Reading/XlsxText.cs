using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Insights.Ingest.Reading;

/// <summary>Text details of SpreadsheetML: cell references, <c>_xHHHH_</c> escapes, the shared string table.</summary>
internal static class XlsxText
{
    /// <summary>Excel's last column, XFD.</summary>
    internal const int MaxColumns = 16384;

    /// <summary>The 0-based column of a reference such as <c>B12</c>; -1 when it is not a valid reference.</summary>
    internal static int Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return -1;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
            if (++letters > 3)
            {
                return -1;
            }
        }

        return letters == 0 || column > MaxColumns ? -1 : column - 1;
    }

    /// <summary>A row's <c>r</c> attribute; null when absent or not a positive number.</summary>
    internal static long? RowNumber(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0 ? row : null;

    /// <summary>
    /// Decodes the <c>_xHHHH_</c> escapes SpreadsheetML uses for characters XML cannot hold (<c>_x000D_</c> is a
    /// carriage return, <c>_x005F_</c> an underscore).
    /// </summary>
    internal static string Unescape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
                && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 6;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The shared string table, streamed with the SAX reader: each item is the text of its runs, without phonetic
    /// (ruby) runs.
    /// </summary>
    internal static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        var text = new StringBuilder();
        var inItem = false;
        var inPhonetic = false;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    inItem = true;
                    text.Clear();
                }
                else if (reader.IsEndElement && inItem)
                {
                    strings.Add(Unescape(text.ToString()));
                    inItem = false;
                }
            }
            else if (type == typeof(PhoneticRun))
            {
                inPhonetic = reader.IsStartElement;
            }
            else if (type == typeof(Text) && reader.IsStartElement && inItem && !inPhonetic)
            {
                text.Append(reader.GetText());
            }
        }

        return strings;
    }
}
