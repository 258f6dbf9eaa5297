using Insights.Ingest.Converters;

namespace Insights.Ingest.Tests.Converters;

/// <summary>The ISU converter on a small hand-made data set: the rules for seats, countries, skips and malformed input.</summary>
public sealed class IsuConverterSyntheticTests : IDisposable
{
    private const string Worlds = "Test Worlds 2017", Cup = "Test Cup 2017";

    private static readonly string[] s_judges =
    [
        "judge_name,assigned_country,role,segment_category,pdf_name,program,competition,officials_table_link,results_pdf_link,clean_judge_name",
        $"Ms. Ann ONE,ISU,Judge No.1,Short Program|Men,a.pdf,MEN SHORT PROGRAM,{Worlds},http://x/results/season1617/wc/SEG1.HTM,http://x/results/season1617/wc/a.pdf,Ann  ONE",
        $"-,-,Judge No.2,Short Program|Men,a.pdf,MEN SHORT PROGRAM,{Worlds},http://x/results/season1617/wc/SEG1.HTM,http://x/results/season1617/wc/a.pdf,",
        $"Mr. Bob TWO,USA,Judge No.3,Short Program|Men,a.pdf,MEN SHORT PROGRAM,{Worlds},http://x/results/season1617/wc/SEG1.HTM,http://x/results/season1617/wc/a.pdf,Bob TWO",
        $"Ms. Ann ONE,JPN,Judge No.1,Free Skating|Men,b.pdf,MEN FREE SKATING,{Cup},http://x/results/season1718/cup/SEG2.HTM,http://x/results/season1718/cup/b.pdf,Ann ONE",
        $"Mr. Cy THREE,ISU,Judge No.3,Free Skating|Men,b.pdf,MEN FREE SKATING,{Cup},http://x/results/season1718/cup/SEG2.HTM,http://x/results/season1718/cup/b.pdf,Cy THREE",
    ];

    private static readonly string[] s_performances =
    [
        "performance_id,competition,program,name,nation,rank,starting_number,total_segment_score,total_element_score,total_component_score,total_deductions",
        $"p1,{Worlds},MEN SHORT PROGRAM,Skater A,JPN,1,1,90,50,40,0",
        $"p2,{Cup},MEN FREE SKATING,Skater B,USA,1,1,180,90,90,0",
    ];

    private static readonly string[] s_aspects =
    [
        "aspect_id,performance_id,section,aspect_num,aspect_desc,info_flag,credit_flag,base_value,factor,goe,ref,scores_of_panel",
        "a1,p1,elements,1,3A,,,8.5,,1.0,,9.5",
        "a2,p1,components,,Interpretation of the Music/Timing,,,,1.0,,,7.9",
        "a3,p2,elements,2,4T+3T,,,14.6,,2.0,,16.6",
    ];

    private static readonly string[] s_scores =
    [
        "aspect_id,judge,score",
        "a1,J1,2.0",
        "a1,J2,0.0",
        "a1,J3,-1.0",
        "a1,J4,1.0",
        "a2,J1,7.75",
        "a2,J1,8.0",
        "a3,J3,3.0",
        "a3,J1,-0.0",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("insights-isu-synthetic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Seats_countries_seasons_and_skips_follow_the_documented_rules()
    {
        var progress = new Reports();
        var csv = Convert(out var summary, progress: progress);
        Assert.Equal(8, progress.Last);
        Assert.Equal(8, summary.RowsRead);
        Assert.Equal(6, summary.RowsWritten);
        Assert.Equal(2, summary.Skipped);
        Assert.Contains(summary.Notes, n => n.StartsWith("跳过/skipped 1: judges.csv 第3行列为空席", StringComparison.Ordinal) && n.Contains("judge-scores.csv:3", StringComparison.Ordinal));
        Assert.Contains(summary.Notes, n => n.StartsWith("跳过/skipped 1: 同一裁判对同一项的重复分数", StringComparison.Ordinal) && n.Contains("judge-scores.csv:7", StringComparison.Ordinal));
        Assert.Contains(summary.Notes, n => n.StartsWith("1 个分数没有具名裁判", StringComparison.Ordinal));

        string[] worlds = ["ISU-2016-17", "short", $"{Worlds} / Men", $"{Worlds} / MEN SHORT PROGRAM"];
        string[] cup = ["ISU-2017-18", "free", $"{Cup} / Men", $"{Cup} / MEN FREE SKATING"];
        Assert.Equal(
        [
            [.. worlds, "Ann ONE", "p1", "elements #01: 3A", "2", "3", "", "JPN", "JPN"],
            [.. worlds, "Bob TWO", "p1", "elements #01: 3A", "-1", "3", "", "USA", "JPN"],
            [.. worlds, $"{Worlds}/MEN SHORT PROGRAM/J4", "p1", "elements #01: 3A", "1", "3", "", "", "JPN"],
            [.. worlds, "Ann ONE", "p1", "components: Interpretation of the Music / Timing", "7.75", "10", "", "JPN", "JPN"],
            [.. cup, "Cy THREE", "p2", "elements #02: 4T+3T", "3", "3", "", "", "USA"],
            [.. cup, "Ann ONE", "p2", "elements #02: 4T+3T", "0", "3", "", "JPN", "USA"],
        ], csv.Rows);
    }

    [Fact]
    public void Judge_country_csv_when_present_gives_the_country_of_judges_listed_as_ISU()
    {
        File.WriteAllLines(Path.Combine(_folder, "judge-country.csv"), ["clean_judge_name,judge_country", "Ann ONE,KOR", "Cy THREE,SUI"]);
        var csv = Convert(out _);
        Assert.Equal(["KOR", "USA", "", "KOR", "SUI", "JPN"], csv.Rows.Select(r => r[10]));
    }

    [Theory]
    [InlineData(2, "a1,J1,abc", "score", "is not a number")]
    [InlineData(2, "a1,J1,4.0", "score", "outside the range [-3, 3]")]
    [InlineData(6, "a2,J1,0.0", "score", "outside the range [0.25, 10]")]
    [InlineData(2, "zz,J1,1.0", "aspect_id", "has no aspect zz")]
    [InlineData(2, "a1,K1,1.0", "judge", "is not J1..J9")]
    [InlineData(2, "a1,J1", null, "the row has 2 fields")]
    public void Malformed_scores_are_refused_with_file_line_and_column(int line, string text, string? column, string english)
    {
        var error = Assert.Throws<ConversionException>(() => Convert(out _, scoreLine: (line, text)));
        Assert.Equal("judge-scores.csv", error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(english, error.MessageEn, StringComparison.Ordinal);
        Assert.Contains(" / ", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "out.csv")));
        Assert.False(File.Exists(Path.Combine(_folder, "out.csv.partial")));
    }

    [Fact]
    public void A_program_that_is_neither_short_nor_free_is_refused()
    {
        Write(s_judges, [s_performances[0], $"p1,{Worlds},MEN FREE WHEEL,Skater A,JPN,1,1,90,50,40,0", s_performances[2]], s_aspects, s_scores);
        var error = Assert.Throws<ConversionException>(() => IsuFigureSkatingConverter.Convert(_folder, Path.Combine(_folder, "out.csv")));
        Assert.Equal(("performances.csv", 2L, "program"), (error.File, error.Line, error.Column));
        Assert.Contains("neither a short", error.MessageEn, StringComparison.Ordinal);
    }

    private LongScoreCsv Convert(out ConversionSummary summary, (int Line, string Text)? scoreLine = null, IProgress<long>? progress = null)
    {
        var scores = s_scores.ToArray();
        if (scoreLine is { } replace)
        {
            scores[replace.Line - 1] = replace.Text;
        }

        Write(s_judges, s_performances, s_aspects, scores);
        var output = Path.Combine(_folder, "out.csv");
        summary = IsuFigureSkatingConverter.Convert(_folder, output, progress);
        return LongScoreCsv.Read(output);
    }

    /// <summary>Progress reports, kept synchronously (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Reports : IProgress<long>
    {
        public long Last { get; private set; } = -1;

        public void Report(long value) => Last = value;
    }

    private void Write(string[] judges, string[] performances, string[] aspects, string[] scores)
    {
        File.WriteAllLines(Path.Combine(_folder, "judges.csv"), judges);
        File.WriteAllLines(Path.Combine(_folder, "performances.csv"), performances);
        File.WriteAllLines(Path.Combine(_folder, "judged-aspects.csv"), aspects);
        File.WriteAllLines(Path.Combine(_folder, "judge-scores.csv"), scores);
    }
}
