using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Insights.Generator.Tests;

public sealed class DeterminismAndFormatTests
{
    private static readonly GeneratedSeason s_season = GeneratedSeason.Default;

    [Fact]
    public void Same_seed_gives_identical_bytes_and_another_seed_does_not()
    {
        var a = new GeneratedSeason(GeneratorOptions.MinimumProjects, 5);
        var b = new GeneratedSeason(GeneratorOptions.MinimumProjects, 5);
        var c = new GeneratedSeason(GeneratorOptions.MinimumProjects, 6);
        var files = Directory.EnumerateFiles(a.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Root, f)).Order().ToList();
        Assert.Equal(files, Directory.EnumerateFiles(b.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b.Root, f)).Order());
        Assert.Contains(Path.Combine("export", "registration", "units.xlsx"), files);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a.Root, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b.Root, file))), file);
        }

        Assert.False(File.ReadAllBytes(a.Export("registration/teams.csv")).AsSpan().SequenceEqual(File.ReadAllBytes(c.Export("registration/teams.csv"))));
    }

    [Fact]
    public void Manifest_lists_every_file_with_its_hash_and_row_count()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(s_season.Result.ManifestPath));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(12, files.Count);
        foreach (var file in files)
        {
            var path = s_season.Export(file.GetProperty("path").GetString()!);
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            Assert.Equal(hash, file.GetProperty("sha256").GetString());
            var rows = file.GetProperty("format").GetString() switch
            {
                "xlsx" => GeneratedSeason.Xlsx(path).Rows.Count,
                "json" => GeneratedSeason.JsonData(path).Count,
                _ => GeneratedSeason.Csv(path, file.GetProperty("encoding").GetString() == "gb18030" ? GeneratedSeason.Gb18030 : Encoding.UTF8).Count,
            };
            Assert.Equal(file.GetProperty("rows").GetInt64(), rows);
        }
    }

    [Fact]
    public void Spreadsheets_open_with_chinese_headers()
    {
        var (units, unitRows) = GeneratedSeason.Xlsx(s_season.Export("registration/units.xlsx"));
        Assert.Equal(["统一社会信用代码", "单位名称", "单位类型", "所在城市", "上级单位", "注册日期"], units);
        Assert.All(unitRows, r => Assert.Contains(r[2]?.ToString(), new[] { "企业", "事业单位", "科研院所", "高校" }));
        Assert.All(unitRows, r => Assert.IsType<DateTime>(r[5]));
        Assert.Equal(["专家编号", "姓名", "工作单位", "所在城市", "专家类型", "职称", "手机号码"], GeneratedSeason.Xlsx(s_season.Export("reviews/judges.xlsx")).Header);
        Assert.Equal("奖项", GeneratedSeason.Xlsx(s_season.Export("awards/awards.xlsx")).Header[3]);
        Assert.Equal("解决方案与关键技术", GeneratedSeason.Xlsx(s_season.Export("reviews/final_roadshow_scores.xlsx")).Header[4]);
    }

    [Theory]
    [InlineData("registration/representatives.csv", "团队编号")]
    [InlineData("reviews/preliminary_onsite_scores.csv", "赛道")]
    public void Gb18030_files_are_really_gb18030(string file, string firstHeader)
    {
        var bytes = File.ReadAllBytes(s_season.Export(file));
        // Not UTF-8: a strict UTF-8 decoder rejects the Chinese bytes.
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        var text = GeneratedSeason.Gb18030.GetString(bytes);
        Assert.StartsWith(firstHeader + ",", text, StringComparison.Ordinal);
        Assert.Equal(bytes, GeneratedSeason.Gb18030.GetBytes(text));
        Assert.DoesNotContain('\uFFFD', text);
    }

    [Fact]
    public void Utf8_files_are_valid_utf8_with_or_without_bom_as_documented()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var teams = File.ReadAllBytes(s_season.Export("registration/teams.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, teams[..3]);
        Assert.StartsWith("团队编号", strict.GetString(teams[3..]), StringComparison.Ordinal);
        var written = File.ReadAllBytes(s_season.Export("reviews/preliminary_written_scores.csv"));
        Assert.StartsWith("赛道,评审组", strict.GetString(written), StringComparison.Ordinal);
        Assert.Contains("\r\n", strict.GetString(written[..200]), StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_projects_are_refused_in_both_languages()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            SeasonFiles.Generate(new GeneratorOptions(Path.GetTempPath(), Path.GetTempPath(), 10)));
        Assert.Contains("至少需要", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least", error.Message, StringComparison.Ordinal);
    }
}
