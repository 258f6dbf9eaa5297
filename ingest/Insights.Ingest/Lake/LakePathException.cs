using Insights.Model;

namespace Insights.Ingest.Lake;

/// <summary>A path that may not be written into SQL text: outside the lake, or with characters SQL or DuckDB's globbing would read.</summary>
public sealed class LakePathException : BilingualException
{
    /// <summary>Creates the error.</summary>
    /// <param name="path">The path refused (escaped for display by the caller's message).</param>
    /// <param name="messageZh">Why, in Chinese.</param>
    /// <param name="messageEn">Why, in English.</param>
    public LakePathException(string path, string messageZh, string messageEn)
        : base($"{messageZh}：{Escape(path)}", $"{messageEn}: {Escape(path)}")
    {
        Path = path;
    }

    /// <summary>The path refused.</summary>
    public string Path { get; }

    private static string Escape(string path) => string.Concat(path.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? $"\\u{(int)c:x4}" : c.ToString()));
}
