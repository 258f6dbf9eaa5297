using Insights.Ingest.Reading;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Insights.Ingest.Feeds.Layouts;

/// <summary>
/// A layout file (YAML, or JSON, which YAML reads too): what a file's columns mean when recognition cannot tell, or to
/// confirm what it found (<c>insights layout suggest</c> writes one). For a review sheet (<c>feed: review_sheet</c>):
/// the project and track columns and each stage's judges' groups; for any other feed (<c>scores_long</c>...): a
/// <c>columns</c> map from the feed's field names to the file's headers.
/// </summary>
public sealed class LayoutFile
{
    /// <summary>The feed the file is (<c>review_sheet</c>, <c>scores_long</c>, ...).</summary>
    public string? Feed { get; set; }

    /// <summary>The XLSX sheet to read (default: the first).</summary>
    public string? Sheet { get; set; }

    /// <summary>The header's row, 1-based (rows above it, a title, are skipped).</summary>
    public int? HeaderRow { get; set; }

    /// <summary>The season (a given <c>--season</c> wins).</summary>
    public string? Season { get; set; }

    /// <summary>The track of every row when there is no track column (default <c>all</c>).</summary>
    public string? Track { get; set; }

    /// <summary>The project id column; absent: the row number (<c>row-N</c>).</summary>
    public string? Project { get; set; }

    /// <summary>The track column.</summary>
    public string? TrackColumn { get; set; }

    /// <summary>The criterion of every mark (default <c>total</c>).</summary>
    public string? Criterion { get; set; }

    /// <summary>The stages of a review sheet, in order.</summary>
    public List<LayoutStage> Stages { get; set; } = [];

    /// <summary>Award labels to tier codes (first, second, third, special, merit, single; none for no award).</summary>
    public Dictionary<string, string> Awards { get; set; } = [];

    /// <summary>For feeds other than review sheets: field name → the file's header.</summary>
    public Dictionary<string, string> Columns { get; set; } = [];

    /// <summary>Where it was read from (for messages).</summary>
    [YamlIgnore]
    public string Path { get; private set; } = string.Empty;

    /// <summary>Reads a layout file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FeedException">The file cannot be read or is not a layout.</exception>
    public static LayoutFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FeedException($"无法读取布局文件 {path}：{e.Message}", $"cannot read the layout file {path}: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>Reads a layout from its text.</summary>
    /// <param name="text">YAML or JSON.</param>
    /// <param name="path">Where it came from, for messages.</param>
    /// <exception cref="FeedException">The text is not a layout.</exception>
    public static LayoutFile Parse(string text, string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        LayoutFile layout;
        try
        {
            layout = deserializer.Deserialize<LayoutFile?>(text) ?? new LayoutFile();
        }
        catch (YamlException e)
        {
            var where = $"{e.Start.Line}:{e.Start.Column}";
            var why = DisplayText.Escape(e.InnerException?.Message ?? e.Message);
            throw new FeedException($"布局文件 {path} 第 {where} 处无法读取：{why}", $"the layout file {path} cannot be read at {where}: {why}");
        }

        layout.Path = path;
        if (layout.Feed is null)
        {
            throw new FeedException($"布局文件 {path} 缺少键 feed（如 feed: review_sheet）", $"the layout file {path} lacks the key feed (e.g. feed: review_sheet)");
        }

        if (layout.HeaderRow is < 1 or > 1_048_576)
        {
            throw new FeedException($"布局文件 {path} 的 header_row 须为 1 以上的行号", $"the layout file {path}: header_row must be a row number from 1");
        }

        return layout;
    }

    /// <summary>The error of a key that names a column the file lacks, naming the layout file, the key and the column.</summary>
    /// <param name="key">The key (e.g. <c>stages[1].judges[2].score</c>).</param>
    /// <param name="column">The column it names.</param>
    public FeedException MissingColumn(string key, string column) => new(
        $"布局文件 {Path} 的 {key} 指定的列“{column}”在文件中不存在",
        $"the layout file {Path}: {key} names the column '{column}', which the file lacks")
    {
        NoFit = true,
    };
}
