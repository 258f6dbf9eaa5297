using System.Text.Json;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Reading;

public sealed class GeneratedSeasonReadingTests
{
    [Fact]
    public void Every_generated_file_opens_and_its_row_count_matches_the_manifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(GeneratedSeasonFiles.Result.ManifestPath));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var relative = file.GetProperty("path").GetString()!;
            using var reader = TableReaders.Open(GeneratedSeasonFiles.Export(relative));
            Assert.Equal(file.GetProperty("format").GetString(), reader.Format);
            if (file.TryGetProperty("encoding", out var encoding))
            {
                Assert.Equal(encoding.GetString(), reader.Encoding);
            }

            Assert.NotEmpty(reader.Header);
            long rows = 0;
            foreach (var row in reader.ReadRows())
            {
                rows++;
                Assert.True(row.Problem is null, $"{relative} row {row.RowNumber}: {row.Problem}");
                Assert.Equal(reader.Header.Count, row.Cells.Length);
            }

            Assert.True(file.GetProperty("rows").GetInt64() == rows, $"{relative}: manifest says {file.GetProperty("rows").GetInt64()} rows, read {rows}");
            Assert.Equal(reader.Length, file.GetProperty("bytes").GetInt64());
        }
    }

    [Fact]
    public void Generated_values_read_back_as_written()
    {
        using (var units = TableReaders.Open(GeneratedSeasonFiles.Export("registration/units.xlsx")))
        {
            Assert.Equal(["统一社会信用代码", "单位名称", "单位类型", "所在城市", "上级单位", "注册日期"], units.Header);
            var first = units.ReadRows().First();
            Assert.Equal(2, first.RowNumber);
            Assert.True(ValueParsers.TryParseDate(first.Cells[5], out _), first.Cells[5]); // a date-styled serial, given as yyyy-MM-dd
        }

        using (var written = TableReaders.Open(GeneratedSeasonFiles.Export("reviews/preliminary_written_scores.csv")))
        {
            Assert.Equal(["赛道", "评审组", "专家编号", "项目编号", "评分项", "得分", "评分时间"], written.Header);
            Assert.All(written.ReadRows().Take(500), r =>
            {
                Assert.True(ValueParsers.TryParseDateTime(r.Cells[6], out _), r.Cells[6]);
            });
        }

        using var projects = TableReaders.Open(GeneratedSeasonFiles.Export("registration/projects.json"));
        Assert.Contains("projectId", projects.Header);
        var submitted = projects.Header.ToList().IndexOf("submittedAt");
        Assert.All(projects.ReadRows().Take(200), r => Assert.True(ValueParsers.TryParseDateTime(r.Cells[submitted], out _), r.Cells[submitted]));
    }
}
