using System.Globalization;
using System.Text;

namespace Insights.Ingest.Reading;

/// <summary>Text details of SpreadsheetML: cell references and <c>_xHHHH_</c> escapes.</summary>
internal static class XlsxText
{
    /// <summary>
    /// The 0-based column of a reference such as <c>B12</c>; -1 when it has no column letters. A column past Excel's
    /// last (<c>XFE1</c>, <c>AAAAA1</c>) is returned as it is (or <see cref="int.MaxValue"/>) for the caller to refuse.
    /// </summary>
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

            if (++letters > 5)
            {
                return int.MaxValue;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return letters == 0 ? -1 : column - 1;
    }

    /// <summary>The reference of a cell: <c>A1</c> for column 0 of row 1.</summary>
    internal static string Reference(int column, long row)
    {
        var letters = new StringBuilder();
        for (var n = (long)column + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return letters.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
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
}
