using System.Text;

namespace Insights.Ingest.Tests.Reading;

/// <summary>A temporary folder for the files a test writes; deleted on dispose.</summary>
public sealed class TempFiles : IDisposable
{
    static TempFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public TempFiles() => Root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "insights-reading-" + Guid.NewGuid().ToString("N"))).FullName;

    public string Root { get; }

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    public static Encoding Gbk => Encoding.GetEncoding(936);

    public static Encoding Utf8NoBom { get; } = new UTF8Encoding(false);

    public static Encoding Utf8Bom { get; } = new UTF8Encoding(true);

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes <paramref name="text"/> in <paramref name="encoding"/>, with its byte-order mark if it has one.</summary>
    public string Write(string name, string text, Encoding? encoding = null)
    {
        encoding ??= Utf8NoBom;
        return Write(name, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A reader a failed test left open; the temp folder is cleaned by the OS.
        }
    }
}
