using System.Buffers;
using System.Globalization;
using System.Text;

namespace Insights.Ingest.Reading;

/// <summary>
/// Chooses the text encoding of a CSV or JSON file: a byte-order mark wins (UTF-8, UTF-16 LE/BE); otherwise UTF-8 if
/// the sample is valid UTF-8, else GB18030 if the sample decodes as GB18030 with almost no replacement characters;
/// otherwise the file is rejected.
/// </summary>
/// <remarks>
/// The sample is the first 4 MB, plus, when those are pure ASCII, the first later 1 MB chunk holding a non-ASCII
/// byte (so a GB18030 file whose first 4 MB are ASCII is still recognised). The rest of the file is not validated
/// here: reading a 770 MB file twice would cost more than it saves. Bytes further on that are invalid in the chosen
/// encoding decode to U+FFFD, and the reader reports the rows holding them as row problems (invalid characters).
/// </remarks>
internal static class EncodingDetector
{
    internal const int SampleBytes = 4 << 20;
    private const int ChunkBytes = 1 << 20;

    private static readonly SearchValues<byte> s_controlBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    internal static Encoding Utf8Bom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: false);

    internal static Encoding Gb18030 => CodePage(54936);

    internal static Encoding Gbk => CodePage(936);

    /// <summary>The encoding a caller forced by name.</summary>
    /// <exception cref="ArgumentException">An unknown name.</exception>
    internal static DetectedEncoding Forced(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => new(Utf8, "utf-8"),
        "utf-8-bom" or "utf-8-sig" => new(Utf8Bom, "utf-8-bom"),
        "gb18030" or "gb-18030" => new(Gb18030, "gb18030"),
        "gbk" or "cp936" or "gb2312" => new(Gbk, "gbk"),
        "utf-16" or "utf-16le" => new(new UnicodeEncoding(bigEndian: false, byteOrderMark: true), "utf-16le"),
        "utf-16be" => new(new UnicodeEncoding(bigEndian: true, byteOrderMark: true), "utf-16be"),
        _ => throw new ArgumentException(
            $"不支持的编码“{name}”，可选 utf-8、gb18030、gbk / unsupported encoding \"{name}\": use utf-8, gb18030 or gbk", nameof(name)),
    };

    /// <summary>Detects the encoding of <paramref name="stream"/> from its start; leaves the position anywhere.</summary>
    /// <exception cref="SourceFileException">Neither UTF-8 nor GB18030 (random bytes, UTF-16 without a byte-order mark).</exception>
    internal static DetectedEncoding Detect(Stream stream, string path)
    {
        stream.Position = 0;
        Span<byte> head = stackalloc byte[3];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new(Utf8Bom, "utf-8-bom");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(new UnicodeEncoding(bigEndian: false, byteOrderMark: true), "utf-16le");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(new UnicodeEncoding(bigEndian: true, byteOrderMark: true), "utf-16be");
        }

        stream.Position = 0;
        var sample = Utf8Sample.Scan(stream);
        if (sample.Controls > 0 && sample.Controls * 100L > sample.SampleLength)
        {
            throw Unrecognised(path, sample.FirstControl, "控制字符过多（可能是 UTF-16 或二进制文件）", "too many control characters (UTF-16 or a binary file?)");
        }

        // Valid UTF-8, or UTF-8 with a few damaged bytes (at most 1 bad sequence per 20 good multi-byte ones): the
        // damaged bytes become U+FFFD and their rows are reported. GB18030 Chinese text is far from that ratio.
        if (sample.Invalid == 0 || sample.Invalid * 20L <= sample.MultiByte)
        {
            return new(Utf8, "utf-8");
        }

        stream.Position = 0;
        if (DecodesAsGb18030(stream, sample.SampleLength))
        {
            return new(Gb18030, "gb18030");
        }

        throw Unrecognised(path, sample.FirstInvalid, "既不是有效的 UTF-8，也不能按 GB18030 解码", "neither valid UTF-8 nor decodable as GB18030");
    }

    private static Encoding CodePage(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));

    private static bool DecodesAsGb18030(Stream stream, long length)
    {
        var bytes = ArrayPool<byte>.Shared.Rent((int)Math.Min(length, SampleBytes));
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var read = stream.ReadAtLeast(bytes.AsSpan(0, (int)Math.Min(length, SampleBytes)), (int)Math.Min(length, SampleBytes), throwOnEndOfStream: false);
            var decoder = Gb18030.GetDecoder();
            var count = decoder.GetChars(bytes.AsSpan(0, read), chars, flush: false);
            var text = chars.AsSpan(0, count);
            long replaced = text.Count('\uFFFD');
            long controls = 0;
            for (var i = text.IndexOfAny(CellText.Invalid); i >= 0; i = NextIndex(text, i))
            {
                controls += text[i] == '\uFFFD' ? 0 : 1;
            }

            return count > 0 && (replaced + controls) * 100L <= count;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int NextIndex(ReadOnlySpan<char> text, int i)
    {
        var next = text[(i + 1)..].IndexOfAny(CellText.Invalid);
        return next < 0 ? -1 : i + 1 + next;
    }

    private static SourceFileException Unrecognised(string path, long offset, string zh, string en) => new(
        path,
        $"无法识别的文件编码：{zh}，问题出现在字节偏移 {offset.ToString(CultureInfo.InvariantCulture)} 处；请另存为 UTF-8 或 GB18030",
        $"unrecognised text encoding: {en}, at byte offset {offset.ToString(CultureInfo.InvariantCulture)}; save the file as UTF-8 or GB18030");

    /// <summary>What a scan of the sample found.</summary>
    private sealed class Utf8Sample
    {
        internal long SampleLength { get; private set; }

        internal long Controls { get; private set; }

        internal long FirstControl { get; private set; } = -1;

        internal long Invalid { get; private set; }

        internal long FirstInvalid { get; private set; } = -1;

        internal long MultiByte { get; private set; }

        internal static Utf8Sample Scan(Stream stream)
        {
            var result = new Utf8Sample();
            var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
            try
            {
                long offset = 0;   // file offset of buffer[0]
                var carry = 0;
                var sawNonAscii = false;
                while (true)
                {
                    var read = stream.ReadAtLeast(buffer.AsSpan(carry, ChunkBytes), ChunkBytes, throwOnEndOfStream: false);
                    var atEnd = read < ChunkBytes;
                    var length = carry + read;
                    var chunk = buffer.AsSpan(0, length);

                    // A multi-byte sequence cut by the chunk boundary is carried to the next chunk; at the end of the
                    // file it is a truncated last character, which is not held against UTF-8.
                    var tail = IncompleteTail(chunk);
                    var whole = chunk[..(length - tail)];
                    var inWindow = offset < SampleBytes;
                    if (inWindow)
                    {
                        result.CountControls(whole, offset);
                        result.SampleLength = offset + whole.Length;
                    }

                    if (!Ascii.IsValid(whole))
                    {
                        sawNonAscii = true;
                        result.CountUtf8(whole, offset);
                    }

                    if (atEnd || (sawNonAscii && offset + whole.Length >= SampleBytes))
                    {
                        return result;
                    }

                    chunk[whole.Length..].CopyTo(buffer);
                    offset += whole.Length;
                    carry = tail;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private static int IncompleteTail(ReadOnlySpan<byte> s)
        {
            for (var back = 1; back <= Math.Min(3, s.Length); back++)
            {
                var b = s[^back];
                if ((b & 0xC0) == 0x80)
                {
                    continue;
                }

                var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return need > back ? back : 0;
            }

            return 0;
        }

        private void CountControls(ReadOnlySpan<byte> chunk, long offset)
        {
            var start = 0;
            while (true)
            {
                var i = chunk[start..].IndexOfAny(s_controlBytes);
                if (i < 0)
                {
                    return;
                }

                if (Controls++ == 0)
                {
                    FirstControl = offset + start + i;
                }

                start += i + 1;
            }
        }

        private void CountUtf8(ReadOnlySpan<byte> chunk, long offset)
        {
            if (System.Text.Unicode.Utf8.IsValid(chunk))
            {
                // Every lead byte starts a good multi-byte sequence.
                foreach (var b in chunk)
                {
                    MultiByte += b >= 0xC0 ? 1 : 0;
                }

                return;
            }

            var pos = 0;
            while (pos < chunk.Length)
            {
                var ascii = chunk[pos..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                if (ascii < 0)
                {
                    return;
                }

                pos += ascii;
                var status = Rune.DecodeFromUtf8(chunk[pos..], out _, out var consumed);
                if (status == OperationStatus.Done)
                {
                    MultiByte++;
                }
                else
                {
                    if (Invalid++ == 0)
                    {
                        FirstInvalid = offset + pos;
                    }
                }

                pos += Math.Max(consumed, 1);
            }
        }
    }
}
