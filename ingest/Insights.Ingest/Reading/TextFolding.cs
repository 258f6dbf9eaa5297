namespace Insights.Ingest.Reading;

/// <summary>Folds full-width ASCII (U+FF01..U+FF5E) and the ideographic space to their half-width forms.</summary>
internal static class TextFolding
{
    /// <summary>The half-width form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    internal static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>
    /// Copies <paramref name="source"/> folded and trimmed into <paramref name="buffer"/>; false when it does not fit.
    /// </summary>
    internal static bool TryFoldTrim(ReadOnlySpan<char> source, Span<char> buffer, out ReadOnlySpan<char> folded)
    {
        source = source.Trim();
        if (source.Length > buffer.Length)
        {
            folded = default;
            return false;
        }

        for (var i = 0; i < source.Length; i++)
        {
            buffer[i] = Fold(source[i]);
        }

        folded = buffer[..source.Length].Trim();
        return true;
    }
}
