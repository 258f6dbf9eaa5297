using System.Globalization;
using System.Text;

namespace Insights.Ingest.Reading;

/// <summary>
/// Makes text from outside (file names, header names, cell values) safe to print on a terminal: control characters
/// (C0, DEL, C1), format characters (bidirectional overrides, zero-width marks), line and paragraph separators and
/// unpaired surrogates are written as escapes, <c>\x07</c> for a bell or <c>\u202E</c> for a right-to-left override.
/// A file named with an escape sequence could otherwise rewrite the screen, or show a name other than its own.
/// </summary>
public static class DisplayText
{
    /// <summary>The text with every unsafe character escaped; the same string when there is none.</summary>
    /// <param name="text">Any text.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Escape(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append(c <= 0xFF ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return i;
            }
        }

        return -1;
    }

    // Paired surrogates are handled by the callers; a surrogate reaching here is unpaired.
    private static bool IsUnsafe(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
}
