using System.Globalization;

namespace Insights.Ingest.Reading;

/// <summary>
/// The refusals of a file over one of the <see cref="TableReadOptions"/> limits: one message style for every reader,
/// saying what is over which limit, where, and that the whole file is refused (nothing of it is truncated or lands).
/// </summary>
internal static class ReadLimits
{
    /// <summary>A file over a limit.</summary>
    /// <param name="path">The file.</param>
    /// <param name="whatZh">What is over the limit and where, in Chinese.</param>
    /// <param name="whatEn">What is over the limit and where, in English.</param>
    /// <param name="limit">The limit, as the message shows it (<see cref="N"/>).</param>
    /// <param name="row">Row or record number, when known.</param>
    /// <param name="column">Column name, when known.</param>
    internal static SourceFileException Exceeded(string path, string whatZh, string whatEn, string limit, long? row = null, string? column = null) => new(
        path,
        $"超出读取上限，整个文件不予导入：{whatZh}（上限 {limit}）",
        $"over a reading limit, the whole file is refused: {whatEn} (limit {limit})",
        row,
        column);

    /// <summary>A number as the messages show it: <c>16,384</c>.</summary>
    internal static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
