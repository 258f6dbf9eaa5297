using Insights.Ingest.Lake;
using Insights.Ingest.Reading;
using Insights.Ingest.Tests.Limits;

namespace Insights.Ingest.Tests.Pipeline;

/// <summary>
/// Symbolic links in a source folder are not followed (skipped, with the reason in both languages), and file names
/// with control characters reach the messages escaped.
/// </summary>
public sealed class SourceSafetyTests : IDisposable
{
    private readonly BombFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Links_to_a_file_or_folder_outside_the_source_are_skipped_with_the_reason()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_folder.Root, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "secret.csv"), InputBombs.GoodCsv.Replace("EXT-1", "SECRET", StringComparison.Ordinal));
        File.CreateSymbolicLink(_folder.In("link.csv"), Path.Combine(outside, "secret.csv"));
        Directory.CreateSymbolicLink(_folder.In("linked"), outside);

        var outcomes = await _folder.IngestAsync();

        Assert.Equal(["good.csv", "link.csv", "linked"], outcomes.Select(o => o.File).Order(StringComparer.Ordinal));
        Assert.Equal("landed", Assert.Single(outcomes, o => o.File == "good.csv").Status);
        foreach (var link in outcomes.Where(o => o.File != "good.csv"))
        {
            Assert.Equal("skipped", link.Status);
            Assert.Contains($"{link.File}：是符号链接（指向 {outside}", link.ErrorZh, StringComparison.Ordinal);
            Assert.Contains($"{link.File}: a symbolic link (to {outside}", link.ErrorEn, StringComparison.Ordinal);
            Assert.Contains("not followed", link.ErrorEn, StringComparison.Ordinal);
        }

        Assert.Equal(["good.csv"], new LakeStore(_folder.Lake).Manifests().Select(m => m.SourceFile));
    }

    [Fact]
    public async Task A_manifest_that_lists_a_link_does_not_make_it_read()
    {
        var outside = Path.Combine(_folder.Root, "secret.csv");
        File.WriteAllText(outside, InputBombs.GoodCsv);
        Directory.CreateDirectory(_folder.In("sub"));
        File.CreateSymbolicLink(_folder.In("sub/secret.csv"), outside);
        File.WriteAllText(_folder.In("manifest.json"), "{\"files\": [{\"path\": \"good.csv\"}, {\"path\": \"sub/secret.csv\"}]}");

        var outcomes = await _folder.IngestAsync();

        Assert.Equal("landed", Assert.Single(outcomes, o => o.File == "good.csv").Status);
        var link = Assert.Single(outcomes, o => o.File == "sub/secret.csv");
        Assert.Equal("skipped", link.Status);
        Assert.Contains("not followed", link.ErrorEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_characters_of_file_names_are_escaped_in_the_messages()
    {
        var name = "bad\u0007\u001b[2Jname\u202E.csv";
        File.WriteAllText(_folder.In(name), "a,b\n1,2\n");
        File.CreateSymbolicLink(_folder.In("link\u0007.csv"), _folder.In("good.csv"));

        var outcomes = await _folder.IngestAsync();

        var failed = Assert.Single(outcomes, o => o.Status == "failed");
        Assert.Equal(name, failed.File);
        Assert.StartsWith("bad\\x07\\x1B[2Jname\\u202E.csv: ", failed.ErrorEn, StringComparison.Ordinal);
        Assert.StartsWith("bad\\x07\\x1B[2Jname\\u202E.csv：", failed.ErrorZh, StringComparison.Ordinal);
        var skipped = Assert.Single(outcomes, o => o.Status == "skipped");
        Assert.StartsWith("link\\x07.csv: ", skipped.ErrorEn, StringComparison.Ordinal);
        foreach (var text in outcomes.SelectMany(o => new[] { o.ErrorZh, o.ErrorEn }).OfType<string>())
        {
            Assert.DoesNotContain(text, c => char.IsControl(c) || c == '\u202E');
        }
    }

    [Theory]
    [InlineData("plain 名称.csv", "plain 名称.csv")]
    [InlineData("a\u0007b", "a\\x07b")]
    [InlineData("\u001b[31m", "\\x1B[31m")]
    [InlineData("del\u007f c1\u0085", "del\\x7F c1\\x85")]
    [InlineData("rtl\u202Etxt.exe", "rtl\\u202Etxt.exe")]
    [InlineData("line\u2028end", "line\\u2028end")]
    [InlineData("emoji \U0001F600 ok", "emoji \U0001F600 ok")]
    public void DisplayText_escapes_what_a_terminal_would_act_on(string text, string shown) =>
        Assert.Equal(shown, DisplayText.Escape(text));

    [Fact]
    public void DisplayText_escapes_a_lone_surrogate()
    {
        // Built here: a test case's data would not carry a lone surrogate through its serialization.
        var text = "lone " + (char)0xD800 + " surrogate";
        Assert.Equal("lone \\uD800 surrogate", DisplayText.Escape(text));
    }
}
