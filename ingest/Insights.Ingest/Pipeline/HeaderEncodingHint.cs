using System.Text;
using Insights.Ingest.Feeds;

namespace Insights.Ingest.Pipeline;

/// <summary>
/// Says when a header that fits no feed may be a question of encoding rather than of columns: the header holds U+FFFD
/// (bytes the encoding could not decode: a GB18030 file read as UTF-8), or, read as GB18030/GBK, it is the mojibake
/// of UTF-8 text (its GB18030 bytes are valid UTF-8 that holds Chinese).
/// </summary>
public static class HeaderEncodingHint
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // GB18030 is a code page of System.Text.Encoding.CodePages: registered here too, as the readers do.
    static HeaderEncodingHint() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The hint in Chinese and English, or null when the encoding is not suspect.</summary>
    /// <param name="header">The header as read.</param>
    /// <param name="encoding">The encoding it was read with (null for XLSX and JSON).</param>
    public static (string Zh, string En)? For(IReadOnlyList<string> header, string? encoding)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (encoding is null)
        {
            return null;
        }

        if (header.Any(h => h.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            return ($"表头含无法按 {encoding} 解码的字符（�），文件编码可能不符：GB18030/GBK 文件请用 --encoding gb18030，UTF-8 文件请用 --encoding utf-8",
                $"the header holds characters that do not decode as {encoding} (�): the file may be in another encoding; use --encoding gb18030 for a GB18030/GBK file, --encoding utf-8 for UTF-8");
        }

        if (encoding.StartsWith("gb", StringComparison.OrdinalIgnoreCase) && LooksLikeUtf8(string.Join(",", header)))
        {
            return ($"表头按 {encoding} 读出为乱码，文件可能是 UTF-8：请用 --encoding utf-8",
                $"the header read as {encoding} looks garbled and the file may be UTF-8: use --encoding utf-8");
        }

        return null;
    }

    /// <summary>The exception with the hint added, or the exception itself when there is none.</summary>
    /// <param name="e">The header's failure.</param>
    /// <param name="header">The header as read.</param>
    /// <param name="encoding">The encoding it was read with.</param>
    public static FeedException With(FeedException e, IReadOnlyList<string> header, string? encoding)
    {
        ArgumentNullException.ThrowIfNull(e);
        return For(header, encoding) is { } hint
            ? new FeedException(e.MessageZh + "；" + hint.Zh, e.MessageEn + "; " + hint.En) { NoFit = e.NoFit }
            : e;
    }

    private static bool LooksLikeUtf8(string text)
    {
        try
        {
            var again = s_strictUtf8.GetString(Encoding.GetEncoding(54936).GetBytes(text));
            return again != text && again.Any(c => c is >= '\u4E00' and <= '\u9FFF');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
