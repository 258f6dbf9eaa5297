using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Insights.Ingest.Reading;

/// <summary>
/// Which cell styles show a number as a date (or date and time), so the XLSX reader can give a dated cell as
/// <c>yyyy-MM-dd</c> (or <c>yyyy-MM-dd HH:mm:ss</c>) instead of its serial, as a person sees it in Excel.
/// Time-only formats are left as numbers.
/// </summary>
internal sealed class XlsxDateStyles
{
    private readonly DateKind[] _kinds;

    private XlsxDateStyles(DateKind[] kinds) => _kinds = kinds;

    internal enum DateKind : byte
    {
        None,
        Date,
        DateTime,
    }

    internal static XlsxDateStyles Read(WorkbookStylesPart? part)
    {
        var stylesheet = part?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return new([]);
        }

        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (uint.TryParse(format.NumberFormatId?.InnerText, out var id) && format.FormatCode?.Value is { } code)
            {
                custom[id] = code;
            }
        }

        var kinds = new List<DateKind>();
        foreach (var xf in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = uint.TryParse(xf.NumberFormatId?.InnerText, out var n) ? n : 0;
            kinds.Add(custom.TryGetValue(id, out var code) ? Classify(code) : BuiltIn(id));
        }

        return new([.. kinds]);
    }

    internal DateKind Kind(int style) => (uint)style < (uint)_kinds.Length ? _kinds[style] : DateKind.None;

    /// <summary>
    /// Built-in formats: 14-17 and 22 (dates), and the East Asian ones Chinese Excel uses (27-31, 36, 50-54, 57, 58:
    /// <c>yyyy"年"m"月"d"日"</c> and the like). 18-21, 32-35, 45-47, 55-56 are times of day or durations.
    /// </summary>
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
