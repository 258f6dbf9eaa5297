using System.Text;
using Insights.Ingest.Feeds;
using Insights.Ingest.Pipeline;
using Insights.Ingest.Reading;
using Insights.Model.Reference;

namespace Insights.Ingest.Tests.Pipeline;

/// <summary>
/// A header that does not fit its feed: the message names the Chinese headers the alias table accepts, and the
/// encoding when the header shows it was read with the wrong one.
/// </summary>
public sealed class HeaderMessageTests : IDisposable
{
    private static readonly FeedCatalog s_catalog = new(ReferenceCatalog.Load("2024-JS"));
    private readonly string _root = Directory.CreateTempSubdirectory("header-msg").FullName;

    static HeaderMessageTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>
    /// Proves: a team list written in GB18030 and read as UTF-8 (--encoding utf-8) fits no feed, and the message says
    /// the encoding may be the cause, with the --encoding gb18030 hint, in both languages.
    /// </summary>
    [Fact]
    public void A_gb18030_file_read_as_utf8_names_the_encoding()
    {
        var path = Path.Combine(_root, "teams.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding(54936).GetBytes("团队编号,团队名称,牵头单位\nJSTD000001,一队,甲公司\n"));

        var e = Assert.Throws<FeedException>(() => HeaderSearch.Recognise(path, new TableReadOptions { Encoding = "utf-8" }, s_catalog, null, null));

        Assert.Contains("--encoding gb18030", e.MessageZh, StringComparison.Ordinal);
        Assert.Contains("do not decode as utf-8", e.MessageEn, StringComparison.Ordinal);
        Assert.Contains("--encoding gb18030", e.MessageEn, StringComparison.Ordinal);

        // The same file detected (or named) as GB18030 is recognised: the hint pointed at the right cause.
        Assert.Equal("teams", HeaderSearch.Recognise(path, new TableReadOptions { Encoding = "gb18030" }, s_catalog, null, null).Binding.Feed.Id);
    }

    /// <summary>Proves: UTF-8 text read as GB18030 is mojibake, and the message suggests --encoding utf-8.</summary>
    [Fact]
    public void A_utf8_file_read_as_gb18030_suggests_utf8()
    {
        var path = Path.Combine(_root, "teams.csv");
        File.WriteAllText(path, "团队编号,团队名称,牵头单位\nJSTD000001,一队,甲公司\n", new UTF8Encoding(false));

        var e = Assert.Throws<FeedException>(() => HeaderSearch.Recognise(path, new TableReadOptions { Encoding = "gb18030" }, s_catalog, null, null));

        Assert.Contains("--encoding utf-8", e.MessageZh, StringComparison.Ordinal);
        Assert.Contains("may be UTF-8", e.MessageEn, StringComparison.Ordinal);
    }

    /// <summary>
    /// Proves: a header in the right encoding that lacks a column names the accepted Chinese headers of what it lacks
    /// (赛题, 赛题编号, 赛题序号 for a project list's problem, as in header_aliases.csv) and says nothing of encodings.
    /// </summary>
    [Fact]
    public void A_missing_column_names_the_accepted_chinese_headers_and_not_the_encoding()
    {
        var path = Path.Combine(_root, "projects.csv");
        File.WriteAllText(path, "项目编号,团队编号,项目名称,赛道\nP1,T1,名,赛道一\n", new UTF8Encoding(false));

        var e = Assert.Throws<FeedException>(() => HeaderSearch.Recognise(path, new TableReadOptions(), s_catalog, null, null));

        Assert.Contains("problem（可用表头：赛题、赛题编号、赛题序号）", e.MessageZh, StringComparison.Ordinal);
        Assert.Contains("problem (accepted headers: 赛题, 赛题编号, 赛题序号)", e.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("encoding", e.MessageEn, StringComparison.Ordinal);

        var forced = Assert.Throws<FeedException>(() => HeaderSearch.Recognise(path, new TableReadOptions(), s_catalog, "projects", null));
        Assert.Contains("accepted headers: 赛题, 赛题编号, 赛题序号", forced.MessageEn, StringComparison.Ordinal);
    }
}
