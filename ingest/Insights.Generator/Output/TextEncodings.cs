using System.Text;

namespace Insights.Generator.Output;

/// <summary>The text encodings Chinese exports use, by the names manifests record.</summary>
public static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>UTF-8 with a byte-order mark, as Excel writes "CSV UTF-8".</summary>
    public static Encoding Utf8Bom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>GB18030 (code page 54936), the national standard superset of GBK.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    /// <summary>The manifest name of an encoding: <c>utf-8</c>, <c>utf-8-bom</c> or <c>gb18030</c>.</summary>
    /// <param name="encoding">One of this class's encodings.</param>
    public static string Name(Encoding encoding) =>
        encoding.CodePage == 54936 ? "gb18030"
        : encoding.GetPreamble().Length > 0 ? "utf-8-bom"
        : "utf-8";
}
