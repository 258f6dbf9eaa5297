using System.Buffers;

namespace Insights.Ingest.Reading;

/// <summary>Checks on cell text shared by the readers: undecodable or control characters, length limits.</summary>
internal static class CellText
{
    /// <summary>
    /// U+FFFD (what a decoder puts where bytes were not valid in the file's encoding) and C0 control characters other
    /// than tab, line feed, form feed and carriage return.
    /// </summary>
    internal static readonly SearchValues<char> Invalid = SearchValues.Create(
        "\uFFFD\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>True when <paramref name="text"/> has an undecodable or control character.</summary>
    internal static bool HasInvalid(ReadOnlySpan<char> text) => text.IndexOfAny(Invalid) >= 0;

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters without splitting a surrogate pair.</summary>
    internal static string Truncate(ReadOnlySpan<char> text, int max)
    {
        if (text.Length <= max)
        {
            return new string(text);
        }

        var cut = max > 0 && char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return new string(text[..cut]);
    }

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters, or itself when short enough.</summary>
    internal static string Truncate(string text, int max) => text.Length <= max ? text : Truncate(text.AsSpan(), max);

    /// <summary>True when the cell holds nothing but whitespace.</summary>
    internal static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
