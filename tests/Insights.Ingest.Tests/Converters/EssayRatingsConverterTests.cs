using System.Diagnostics;
using System.Globalization;
using Insights.Ingest.Converters;

namespace Insights.Ingest.Tests.Converters;

/// <summary>The essay ratings converter on the real writing.csv, and on altered copies of it.</summary>
public sealed class EssayRatingsConverterTests(ITestOutputHelper output) : IDisposable
{
    // datasets/README.md: 372 essays x 21 raters = 7,812 rows, four domains each.
    private const int SourceRows = 7_812;
    private const int ScoreRows = SourceRows * 4;

    private readonly string _temp = Directory.CreateTempSubdirectory("insights-essays-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Converts_every_rating_of_every_domain_with_the_documented_labels()
    {
        var outputCsv = Path.Combine(_temp, "essays.csv");
        var clock = Stopwatch.StartNew();
        var summary = EssayRatingsConverter.Convert(SharedDatasets.Essays, outputCsv);
        output.WriteLine($"{summary.RowsRead} read, {summary.RowsWritten} written, {summary.Skipped} skipped in {clock.Elapsed.TotalSeconds:F2} s");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));

        Assert.Equal(SourceRows, SharedDatasets.DataLines(Path.Combine(SharedDatasets.Essays, "writing.csv")));
        Assert.Equal(SourceRows, summary.RowsRead);
        Assert.Equal(ScoreRows, summary.RowsWritten);
        Assert.Equal(0, summary.Skipped);

        var csv = LongScoreCsv.Read(outputCsv);
        Assert.Equal(ScoreRows, csv.Rows.Count);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Assert.All(csv.Rows, row => Assert.True(keys.Add(LongScoreCsv.Key(row)), LongScoreCsv.Key(row)));
        foreach (var row in csv.Rows)
        {
            Assert.Equal(["WindHua-essays", "rating", "writing", "all-raters"], row[..4]);
            Assert.Contains(row[6], new[] { "style", "org", "conv", "sent_form" });
            var score = double.Parse(row[7], CultureInfo.InvariantCulture);
            Assert.InRange(score, 0, 3);
            Assert.Equal(Math.Round(score), score);
            Assert.Equal("3", row[8]);
            Assert.Equal("", row[9]);
            Assert.Equal("", row[10]);
        }

        // Fully crossed: every student is rated by all 21 raters on each domain.
        Assert.Equal(372, csv.Rows.Select(r => r[5]).Distinct().Count());
        Assert.All(csv.Rows.GroupBy(r => (r[5], r[6])), g => Assert.Equal(21, g.Count()));
    }

    [Fact]
    public void The_language_subgroup_goes_to_project_group_as_in_the_source()
    {
        var outputCsv = Path.Combine(_temp, "essays.csv");
        EssayRatingsConverter.Convert(SharedDatasets.Essays, outputCsv);
        var csv = LongScoreCsv.Read(outputCsv);

        // The source's language per student, by plain splitting (writing.csv quotes only its header).
        var language = File.ReadLines(Path.Combine(SharedDatasets.Essays, "writing.csv")).Skip(1)
            .Select(line => line.Split(',')).GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.Select(f => f[1]).Distinct().Single());
        Assert.Equal(174, language.Values.Count(v => v == "1"));
        Assert.Equal(198, language.Values.Count(v => v == "2"));
        Assert.All(csv.Rows, row => Assert.Equal(language[row[5]] == "1" ? "best-language-other" : "best-language-english", row[11]));
    }

    [Fact]
    public void Rows_checked_by_hand_against_writing_csv()
    {
        var outputCsv = Path.Combine(_temp, "essays.csv");
        EssayRatingsConverter.Convert(SharedDatasets.Essays, outputCsv);
        var csv = LongScoreCsv.Read(outputCsv);

        // writing.csv line 2: 3,1,1,2,2,2,2 (student 3, language 1, rater 1) gives the first four rows.
        string[] first = ["WindHua-essays", "rating", "writing", "all-raters", "1", "3"];
        Assert.Equal([.. first, "style", "2", "3", "", "", "best-language-other"], csv.Rows[0]);
        Assert.Equal([.. first, "org", "2", "3", "", "", "best-language-other"], csv.Rows[1]);
        Assert.Equal([.. first, "conv", "2", "3", "", "", "best-language-other"], csv.Rows[2]);
        Assert.Equal([.. first, "sent_form", "2", "3", "", "", "best-language-other"], csv.Rows[3]);

        // writing.csv line 7813 (the last): 1574,2,21,2,2,2,3.
        Assert.Equal(["WindHua-essays", "rating", "writing", "all-raters", "21", "1574", "sent_form", "3", "3", "", "", "best-language-english"], csv.Rows[^1]);
        Assert.Equal("2", csv.Rows[^2][7]);
    }

    [Fact]
    public void A_score_that_is_not_a_number_names_file_line_and_column_in_both_languages()
    {
        var source = CopyWithLine(3, "3,1,2,2,x,1,3");
        var outputCsv = Path.Combine(_temp, "bad.csv");
        var error = Assert.Throws<ConversionException>(() => EssayRatingsConverter.Convert(source, outputCsv));
        Assert.Equal("writing.csv", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal("org", error.Column);
        Assert.Contains("不是数字", error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a number", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(outputCsv));
        Assert.False(File.Exists(outputCsv + ".partial"));
    }

    [Theory]
    [InlineData("3,1,2,2,4,1,3", "org", "0..3")]
    [InlineData("3,7,2,2,2,1,3", "language", "should be 1")]
    [InlineData("3,1,2,2,2,1", null, "fields")]
    [InlineData("3,1,,2,2,1,3", "rater", "must not be empty")]
    public void Malformed_rows_are_refused_with_their_place(string line, string? column, string english)
    {
        var error = Assert.Throws<ConversionException>(() => EssayRatingsConverter.Convert(CopyWithLine(3, line), Path.Combine(_temp, "bad.csv")));
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(english, error.MessageEn, StringComparison.Ordinal);
        Assert.NotEmpty(error.MessageZh);
    }

    [Fact]
    public void Missing_ratings_and_repeated_rows_are_skipped_and_counted_never_dropped_silently()
    {
        var source = CopyWithLine(3, "3,1,2,NA,,1,3");
        File.AppendAllText(Path.Combine(source, "writing.csv"), "3,1,1,0,0,0,0\n");
        var summary = EssayRatingsConverter.Convert(source, Path.Combine(_temp, "skips.csv"));
        Assert.Equal(SourceRows + 1, summary.RowsRead);
        Assert.Equal(2 + 4, summary.Skipped);
        Assert.Equal(ScoreRows - 2, summary.RowsWritten);
        Assert.Equal(summary.RowsRead * 4, summary.RowsWritten + summary.Skipped);
        Assert.Contains(summary.Notes, n => n.StartsWith("跳过/skipped 2: 评分缺失", StringComparison.Ordinal) && n.Contains("writing.csv:3", StringComparison.Ordinal));
        Assert.Contains(summary.Notes, n => n.StartsWith("跳过/skipped 4: 同一评分员对同一学生的重复行", StringComparison.Ordinal) && n.Contains("writing.csv:7814", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_or_column_is_named()
    {
        var missing = Assert.Throws<ConversionException>(() => EssayRatingsConverter.Convert(_temp, Path.Combine(_temp, "out.csv")));
        Assert.Equal("writing.csv", missing.File);
        Assert.Null(missing.Line);

        File.WriteAllText(Path.Combine(_temp, "writing.csv"), "student,language,rater,style,org,conv\n3,1,1,2,2,2\n");
        var column = Assert.Throws<ConversionException>(() => EssayRatingsConverter.Convert(_temp, Path.Combine(_temp, "out.csv")));
        Assert.Equal(1, column.Line);
        Assert.Equal("sent_form", column.Column);
    }

    /// <summary>A copy of writing.csv in a new folder with one line (1-based) replaced.</summary>
    private string CopyWithLine(int lineNumber, string text)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp, $"src-{Guid.NewGuid():N}")).FullName;
        var lines = File.ReadAllLines(Path.Combine(SharedDatasets.Essays, "writing.csv"));
        lines[lineNumber - 1] = text;
        File.WriteAllText(Path.Combine(folder, "writing.csv"), string.Join('\n', lines) + "\n");
        return folder;
    }
}
