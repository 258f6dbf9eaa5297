using System.Xml;

namespace Insights.Ingest.Reading;

/// <summary>
/// Which cell styles show a number as a date (or date and time), so the XLSX reader can give a dated cell as
/// <c>yyyy-MM-dd</c> (or <c>yyyy-MM-dd HH:mm:ss</c>) instead of its serial, as a person sees it in Excel.
/// Time-only formats are left as numbers.
/// </summary>
internal sealed class XlsxDateStyles
{
    /// <summary>Most custom number formats, and most cell formats.</summary>
    internal const int MaxStyles = 1 << 20;

    private readonly DateKind[] _kinds;

    private XlsxDateStyles(DateKind[] kinds) => _kinds = kinds;

    internal enum DateKind : byte
    {
        None,
        Date,
        DateTime,
    }

    /// <summary>
    /// Reads the styles part, streamed: the custom number formats (classified as they are met, their codes not kept)
    /// and the number format of each cell format (<c>cellXfs/xf</c>). More than <see cref="MaxStyles"/> of either
    /// refuses the file (Excel allows 64,000 cell formats).
    /// </summary>
    internal static XlsxDateStyles Read(XlsxPackage package, string? partName)
    {
        using var part = partName is null ? null : package.OpenPart(partName);
        if (part is null)
        {
            return new([]);
        }

        var (numFmt, cellXfs, xf) = (part.Atom("numFmt"), part.Atom("cellXfs"), part.Atom("xf"));
        var custom = new Dictionary<uint, DateKind>();
        var formats = new List<uint>();
        var inCellXfs = false;
        while (part.Read())
        {
            var name = part.Xml.LocalName;
            if (part.Xml.NodeType == XmlNodeType.EndElement && (object)name == cellXfs)
            {
                inCellXfs = false;
            }
            else if (part.Xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            else if ((object)name == cellXfs)
            {
                inCellXfs = !part.Xml.IsEmptyElement;
            }
            else if ((object)name == numFmt && uint.TryParse(part.Attribute("numFmtId"), out var id) && part.Attribute("formatCode") is { } code)
            {
                custom[id] = Classify(code);
                Check(package, custom.Count);
            }
            else if ((object)name == xf && inCellXfs)
            {
                formats.Add(uint.TryParse(part.Attribute("numFmtId"), out var n) ? n : 0);
                Check(package, formats.Count);
            }
        }

        return new([.. formats.Select(id => custom.TryGetValue(id, out var kind) ? kind : BuiltIn(id))]);
    }

    internal DateKind Kind(int style) => (uint)style < (uint)_kinds.Length ? _kinds[style] : DateKind.None;

    /// <summary>
    /// Built-in formats: 14-17 and 22 (dates), and the East Asian ones Chinese Excel uses (27-31, 36, 50-54, 57, 58:
    /// <c>yyyy"年"m"月"d"日"</c> and the like). 18-21, 32-35, 45-47, 55-56 are times of day or durations.
    /// </summary>
    private static void Check(XlsxPackage package, int count)
    {
        if (count > MaxStyles)
        {
            throw ReadLimits.Exceeded(
                package.Path,
                $"样式部件中的数字格式或单元格格式多于 {ReadLimits.N(MaxStyles)} 个",
                $"the styles part has more than {ReadLimits.N(MaxStyles)} number or cell formats",
                ReadLimits.N(MaxStyles));
        }
    }

    private static DateKind BuiltIn(uint id) => id switch
    {
        14 or 15 or 16 or 17 or (>= 27 and <= 31) or 36 or (>= 50 and <= 54) or 57 or 58 => DateKind.Date,
        22 => DateKind.DateTime,
        _ => DateKind.None,
    };

    /// <summary>A custom format is a date if, outside quotes, brackets and escapes, it has a year or day code.</summary>
    private static DateKind Classify(string code)
    {
        bool date = false, time = false, inQuote = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                inQuote = !inQuote;
            }
            else if (inQuote)
            {
                continue;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == '[')
            {
                var close = code.IndexOf(']', i);
                var inner = close < 0 ? "" : code[(i + 1)..close];
                time |= inner.Length > 0 && inner.Trim('h', 'H', 'm', 'M', 's', 'S').Length == 0;
                i = close < 0 ? code.Length : close;
            }
            else if (c == ';')
            {
                break;
            }
            else
            {
                date |= c is 'y' or 'Y' or 'd' or 'D';
                time |= c is 'h' or 'H' or 's' or 'S';
            }
        }

        return !date ? DateKind.None : time ? DateKind.DateTime : DateKind.Date;
    }
}
