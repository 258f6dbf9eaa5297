using System.Text;
using System.Xml;

namespace Insights.Ingest.Reading;

/// <summary>
/// Reads a workbook's shared string table (each item the text of its runs, without phonetic runs), streamed and
/// counted as it is read: more items than <see cref="TableReadOptions.MaxSharedStrings"/>, more characters in all
/// than <see cref="TableReadOptions.MaxSharedStringChars"/>, or one item longer than
/// <see cref="TableReadOptions.MaxRecordLength"/> refuses the file before the table outgrows those figures.
/// </summary>
internal static class XlsxSharedStrings
{
    /// <summary>The table; empty when the workbook has none.</summary>
    internal static List<string> Read(XlsxPackage package, string? partName)
    {
        var strings = new List<string>();
        using var part = partName is null ? null : package.OpenPart(partName);
        if (part is null)
        {
            return strings;
        }

        var options = package.Options;
        var (item, text, phonetic) = (part.Atom("si"), part.Atom("t"), part.Atom("rPh"));
        var builder = new StringBuilder();
        long chars = 0;
        bool inItem = false, inPhonetic = false;
        while (part.Read())
        {
            var node = part.Xml.NodeType;
            var name = part.Xml.LocalName;
            if (node == XmlNodeType.Element && (object)name == item)
            {
                if (strings.Count >= options.MaxSharedStrings)
                {
                    throw ReadLimits.Exceeded(
                        package.Path,
                        $"共享字符串表的条目多于 {ReadLimits.N(options.MaxSharedStrings)} 个",
                        $"the shared string table has more than {ReadLimits.N(options.MaxSharedStrings)} items",
                        ReadLimits.N(options.MaxSharedStrings));
                }

                builder.Clear();
                inItem = !part.Xml.IsEmptyElement;
                if (!inItem)
                {
                    strings.Add("");
                }
            }
            else if (node == XmlNodeType.Element && (object)name == phonetic)
            {
                inPhonetic = !part.Xml.IsEmptyElement;
            }
            else if (node == XmlNodeType.EndElement && (object)name == phonetic)
            {
                inPhonetic = false;
            }
            else if (node == XmlNodeType.Element && (object)name == text && inItem && !inPhonetic)
            {
                var before = builder.Length;
                var room = Math.Min(options.MaxRecordLength - before, options.MaxSharedStringChars - chars - before);
                var length = part.ReadText(builder, room, room);
                if (length > room)
                {
                    throw TooLong(package, strings.Count + 1, before + length);
                }
            }
            else if (node == XmlNodeType.EndElement && (object)name == item && inItem)
            {
                chars += builder.Length;
                strings.Add(XlsxText.Unescape(builder.ToString()));
                inItem = false;
            }
        }

        return strings;
    }

    /// <summary>The refusal of item <paramref name="number"/> (1-based), at least <paramref name="length"/> characters long.</summary>
    private static SourceFileException TooLong(XlsxPackage package, long number, long length)
    {
        var options = package.Options;
        return length > options.MaxRecordLength
            ? ReadLimits.Exceeded(
                package.Path,
                $"共享字符串第 {ReadLimits.N(number)} 项长于 {ReadLimits.N(options.MaxRecordLength)} 个字符",
                $"shared string item {ReadLimits.N(number)} is longer than {ReadLimits.N(options.MaxRecordLength)} characters",
                ReadLimits.N(options.MaxRecordLength))
            : ReadLimits.Exceeded(
                package.Path,
                $"共享字符串表的字符总数超过 {ReadLimits.N(options.MaxSharedStringChars)}（到第 {ReadLimits.N(number)} 项为止）",
                $"the shared string table has more than {ReadLimits.N(options.MaxSharedStringChars)} characters in all (by item {ReadLimits.N(number)})",
                ReadLimits.N(options.MaxSharedStringChars));
    }
}
