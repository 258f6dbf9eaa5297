using System.Globalization;

namespace Insights.Ingest.Tests.Converters;

/// <summary>The ISU converter on the real data set in shared/datasets, checked against facts read from the source files.</summary>
public sealed class IsuFigureSkatingConverterTests(IsuConversion conversion, ITestOutputHelper output) : IClassFixture<IsuConversion>
{
    // datasets/README.md: judge-scores.csv has 214,531 rows.
    private const int SourceScores = 214_531;

    // judges.csv line 358 lists Judge No.6 of ISU GP 2016 Progressive Skate America, PAIRS SHORT PROGRAM as '-' (nobody):
    // judge-scores.csv holds 40 J6 marks for that panel (8 pairs x 5 components, all 0.0; no element GOEs), which the
    // converter skips. The panel's marks prove the seat empty: aspect 01960be9a7 (Performance, panel mark 7.5) is the
    // trimmed mean of the other eight judges (7.5), not of all nine with the 0.0 (7.43).
    private const int VacantSeatScores = 40;

    [Fact]
    public void Converts_every_judge_score_except_the_vacant_seat_in_under_twenty_seconds()
    {
        var summary = conversion.Summary;
        foreach (var note in summary.Notes)
        {
            output.WriteLine(note);
        }

        output.WriteLine($"{summary.RowsRead} read, {summary.RowsWritten} written, {summary.Skipped} skipped in {conversion.Elapsed.TotalSeconds:F2} s");
        Assert.Equal(SourceScores, SharedDatasets.DataLines(Path.Combine(SharedDatasets.Isu, "judge-scores.csv")));
        Assert.Equal(SourceScores, summary.RowsRead);
        Assert.Equal(VacantSeatScores, summary.Skipped);
        Assert.Equal(SourceScores - VacantSeatScores, summary.RowsWritten);
        Assert.Equal(summary.RowsWritten, conversion.Csv.Rows.Count);
        Assert.Contains(summary.Notes, n => n.StartsWith("跳过/skipped 40: judges.csv 第358行", StringComparison.Ordinal));
        Assert.Contains(summary.Notes, n => n.StartsWith("0 个分数没有具名裁判", StringComparison.Ordinal));
        Assert.True(conversion.Elapsed < TimeSpan.FromSeconds(20), $"took {conversion.Elapsed}");
    }

    [Fact]
    public void The_skipped_scores_are_exactly_the_vacant_seats_placeholder_zeros()
    {
        const string competition = "ISU GP 2016 Progressive Skate America", program = "PAIRS SHORT PROGRAM";
        var judgesLine358 = File.ReadLines(Path.Combine(SharedDatasets.Isu, "judges.csv")).ElementAt(357);
        Assert.StartsWith("-,-,Judge No.6,", judgesLine358, StringComparison.Ordinal);
        Assert.Contains($",{program},{competition},", judgesLine358, StringComparison.Ordinal);

        // Plain splitting (the four files hold no quotes): the panel's performances, their aspects, then J6's marks.
        var performances = SplitRows("performances.csv").Where(r => r[1] == competition && r[2] == program).Select(r => r[0]).ToHashSet();
        var aspects = SplitRows("judged-aspects.csv").Where(r => performances.Contains(r[1])).Select(r => r[0]).ToHashSet();
        var seatSix = SplitRows("judge-scores.csv").Where(r => aspects.Contains(r[0]) && r[1] == "J6").ToList();
        Assert.Equal(VacantSeatScores, seatSix.Count);
        Assert.All(seatSix, r => Assert.Equal("0.0", r[2]));

        var panel = conversion.Csv.Rows.Where(r => r[Col("panel")] == $"{competition} / {program}").ToList();
        Assert.Equal(8, panel.Select(r => r[Col("judge")]).Distinct().Count());
        Assert.Equal(SplitRows("judge-scores.csv").Count(r => aspects.Contains(r[0])) - VacantSeatScores, panel.Count);
    }

    [Fact]
    public void The_seven_part_key_is_unique()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var repeated = conversion.Csv.Rows.Where(r => !keys.Add(LongScoreCsv.Key(r))).Take(3).Select(LongScoreCsv.Key).ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public void Every_score_is_on_its_scale_and_every_label_is_filled()
    {
        Assert.Equal(["season", "stage", "track", "panel", "judge", "project", "criterion", "score", "max_score", "scored_at", "judge_group", "project_group"], conversion.Csv.Header);
        foreach (var row in conversion.Csv.Rows)
        {
            Assert.All(row.Take(8), value => Assert.False(string.IsNullOrWhiteSpace(value)));
            var score = double.Parse(row[Col("score")], CultureInfo.InvariantCulture);
            var criterion = row[Col("criterion")];
            if (criterion.StartsWith("elements #", StringComparison.Ordinal))
            {
                // GOE: whole numbers -3..+3 (datasets/README.md).
                Assert.Equal("3", row[Col("max_score")]);
                Assert.InRange(score, -3, 3);
                Assert.Equal(Math.Round(score), score);
            }
            else
            {
                // Program components: 0.25..10 in steps of 0.25.
                Assert.StartsWith("components: ", criterion, StringComparison.Ordinal);
                Assert.Equal("10", row[Col("max_score")]);
                Assert.InRange(score, 0.25, 10);
                Assert.Equal(Math.Round(score * 4), score * 4);
            }

            Assert.Contains(row[Col("season")], new[] { "ISU-2016-17", "ISU-2017-18" });
            Assert.Contains(row[Col("stage")], new[] { "short", "free" });
            Assert.Empty(row[Col("scored_at")]);
            Assert.Matches("^[A-Z]{3}$", row[Col("project_group")]);
            Assert.Matches("^([A-Z]{3})?$", row[Col("judge_group")]);
            Assert.NotEqual("ISU", row[Col("judge_group")]);
        }
    }

    [Fact]
    public void A_panel_is_at_most_nine_judges_and_spans_one_stage_and_track()
    {
        foreach (var panel in conversion.Csv.Rows.GroupBy(r => r[Col("panel")]))
        {
            Assert.InRange(panel.Select(r => r[Col("judge")]).Distinct().Count(), 1, 9);
            Assert.Single(panel.Select(r => (r[Col("season")], r[Col("stage")], r[Col("track")])).Distinct());
        }

        Assert.Equal(152, conversion.Csv.Rows.Select(r => r[Col("panel")]).Distinct().Count()); // 152 competition x program in judges.csv
        Assert.Equal(1726, conversion.Csv.Rows.Select(r => r[Col("project")]).Distinct().Count()); // performances.csv: 1,726 rows
    }

    [Fact]
    public void A_component_mark_by_a_judge_listed_as_ISU_reads_as_in_the_source()
    {
        // judge-scores.csv line 2: 00034b9414,J1,9.0; judged-aspects.csv line 2: performance b639d77459, components, Transitions;
        // performances.csv line 204: ISU European Figure Skating Championships 2017, LADIES SHORT PROGRAM, Evgenia MEDVEDEVA, RUS;
        // judges.csv line 191: Agita ABELE, ISU, Judge No.1, ...season1617...; line 304 (and 15 others): Agita ABELE, LAT.
        AssertRow("b639d77459", "components: Transitions", "Agita ABELE",
            "ISU-2016-17", "short", "ISU European Figure Skating Championships 2017 / Ladies",
            "ISU European Figure Skating Championships 2017 / LADIES SHORT PROGRAM", "9", "10", "LAT", "RUS");
    }

    [Fact]
    public void A_negative_GOE_reads_as_in_the_source()
    {
        // judge-scores.csv line 173: 0034c1a1b7,J1,-3.0; judged-aspects.csv line 21: f959d0c57a, elements, 1, 2A+1Lo+3S<;
        // performances.csv line 435: ISU Four Continents Championships 2017, PAIRS FREE SKATING, CAN;
        // judges.csv line 245: Wendy ENZMANN, ISU, Judge No.1; line 459: Wendy ENZMANN, USA.
        AssertRow("f959d0c57a", "elements #01: 2A+1Lo+3S<", "Wendy ENZMANN",
            "ISU-2016-17", "free", "ISU Four Continents Championships 2017 / Pairs",
            "ISU Four Continents Championships 2017 / PAIRS FREE SKATING", "-3", "3", "USA", "CAN");

        // judge-scores.csv line 533: 00a495597a,J1,-1.0; judged-aspects.csv line 61: 60451bf26f, elements, 1, 1RH2+kpNYN;
        // performances.csv line 1099: ISU GP NHK Trophy 2017, ICE DANCE SHORT DANCE, JPN;
        // judges.csv line 902: Christine HURTH, FRA, Judge No.1, ...season1718...
        AssertRow("60451bf26f", "elements #01: 1RH2+kpNYN", "Christine HURTH",
            "ISU-2017-18", "short", "ISU GP NHK Trophy 2017 / Ice Dance",
            "ISU GP NHK Trophy 2017 / ICE DANCE SHORT DANCE", "-1", "3", "FRA", "JPN");
    }

    [Fact]
    public void The_same_element_twice_in_a_program_gives_two_criteria()
    {
        // judged-aspects.csv lines 324 and 964: 036de5771c and 0a037b3787, both "2A" of performance ac925aad35, numbers 10 and 11;
        // performances.csv line 211: ISU European Figure Skating Championships 2017, MEN FREE SKATING, EST.
        // judge-scores.csv line 2899: 036de5771c,J1,1.0 (judges.csv line 164: Ebru ANILDI, ISU; she sat at no other event);
        // line 8645: 0a037b3787,J6,1.0 (judges.csv line 169: Albert ZAYDMAN, ISU; ISR at his other events).
        const string track = "ISU European Figure Skating Championships 2017 / Men", panel = "ISU European Figure Skating Championships 2017 / MEN FREE SKATING";
        AssertRow("ac925aad35", "elements #10: 2A", "Ebru ANILDI", "ISU-2016-17", "free", track, panel, "1", "3", "", "EST");
        AssertRow("ac925aad35", "elements #11: 2A", "Albert ZAYDMAN", "ISU-2016-17", "free", track, panel, "1", "3", "ISR", "EST");
        Assert.Equal(9, conversion.Csv.Rows.Count(r => r[Col("project")] == "ac925aad35" && r[Col("criterion")] == "elements #10: 2A"));
    }

    private static int Col(string name) => LongScoreCsv.Col(name);

    private static IEnumerable<string[]> SplitRows(string file) =>
        File.ReadLines(Path.Combine(SharedDatasets.Isu, file)).Skip(1).Select(line => line.Split(','));

    private void AssertRow(string project, string criterion, string judge, string season, string stage, string track, string panel,
        string score, string maxScore, string judgeGroup, string projectGroup)
    {
        var row = Assert.Single(conversion.Csv.Rows, r => r[Col("project")] == project && r[Col("criterion")] == criterion && r[Col("judge")] == judge);
        Assert.Equal([season, stage, track, panel, judge, project, criterion, score, maxScore, "", judgeGroup, projectGroup], row);
    }
}
