using System.Globalization;

namespace Insights.Ingest.Converters;

/// <summary>
/// Converts the ISU figure skating data set (BuzzFeed News, CC BY 4.0: judge-scores.csv, judged-aspects.csv,
/// performances.csv, judges.csv) to Insights' generic long score CSV, one row per judge score:
/// season = the ISU season of the competition (ISU-2016-17 or ISU-2017-18, read from the results links of judges.csv);
/// stage = short | free; track = competition / discipline; panel = competition / program; judge = the judge's name
/// (or competition/program/seat when judges.csv names nobody); project = performance_id; criterion =
/// "elements #NN: code" (GOE, -3..+3, max_score 3) or "components: name" (0.25..10, max_score 10);
/// judge_group = the judge's country; project_group = the skater's nation. See Converters/README.md.
/// </summary>
public static class IsuFigureSkatingConverter
{
    private const int ProgressEvery = 16_384;

    /// <summary>Converts the data set in <paramref name="sourceFolder"/> to <paramref name="outputCsv"/>.</summary>
    /// <param name="sourceFolder">The folder holding judge-scores.csv, judged-aspects.csv, performances.csv and judges.csv (and optionally judge-country.csv).</param>
    /// <param name="outputCsv">The long score CSV to write; written whole or not at all (a partial file is removed on error).</param>
    /// <param name="progress">Receives the number of judge-scores.csv rows read so far.</param>
    /// <returns>Rows read and written, scores skipped, and notes.</returns>
    /// <exception cref="ConversionException">A source file is missing or malformed (the message names file, line and column).</exception>
    public static ConversionSummary Convert(string sourceFolder, string outputCsv, IProgress<long>? progress = null)
    {
        var sources = IsuSources.Load(sourceFolder);
        var notes = new List<string>(sources.Notes);
        var skips = new SkipLog();
        var seen = new HashSet<(string Aspect, string Seat)>();
        var scored = new HashSet<string>(StringComparer.Ordinal);
        long read = 0, fallbackJudges = 0, countryFromOtherSeats = 0, noJudgeGroup = 0;
        var partial = outputCsv + ".partial";
        try
        {
            using (var writer = new LongScoreCsvWriter(partial))
            using (var csv = new SourceCsv(sourceFolder, "judge-scores.csv", "aspect_id", "judge", "score"))
            {
                int aspectColumn = csv.Column("aspect_id"), judgeColumn = csv.Column("judge"), scoreColumn = csv.Column("score");
                foreach (var row in csv.Reader)
                {
                    if (!csv.IsData(row))
                    {
                        continue;
                    }

                    read++;
                    if (read % ProgressEvery == 0)
                    {
                        progress?.Report(read);
                    }

                    var where = string.Create(CultureInfo.InvariantCulture, $"judge-scores.csv:{row.LineNumberFrom}");
                    var aspectId = csv.Required(row, aspectColumn);
                    var aspect = sources.FindAspect(aspectId)
                        ?? throw csv.Error(row, aspectColumn, $"judged-aspects.csv 中没有 {aspectId}", $"judged-aspects.csv has no aspect {aspectId}");
                    var seatLabel = csv.Required(row, judgeColumn);
                    if (seatLabel.Length != 2 || seatLabel[0] != 'J' || seatLabel[1] is < '1' or > '9')
                    {
                        throw csv.Error(row, judgeColumn, $"“{seatLabel}”不是 J1..J9", $"'{seatLabel}' is not J1..J9");
                    }

                    var score = csv.Number(row, scoreColumn);
                    if (!seen.Add((aspectId, seatLabel)))
                    {
                        skips.Add("同一裁判对同一项的重复分数（保留第一条）", "repeated score of one seat for one aspect (the first is kept)", 1, where);
                        continue;
                    }

                    var performance = aspect.Performance;
                    var seat = sources.FindSeat(performance, seatLabel);
                    if (seat is { Vacant: true })
                    {
                        skips.Add($"judges.csv 第{seat.Line}行列为空席（“-”）的席位的占位分（如节目内容分 0.0，低于最低分 0.25；裁判组分按其余裁判计算）",
                            $"placeholder marks of a seat judges.csv line {seat.Line} lists as vacant ('-') (e.g. component 0.0, below the 0.25 minimum; the panel's marks were computed without it)", 1, where);
                        continue;
                    }

                    if (score is not { } mark)
                    {
                        skips.Add("分数为空", "empty score", 1, where);
                        continue;
                    }

                    if (mark < aspect.MinScore || mark > aspect.MaxScore)
                    {
                        throw csv.Error(row, scoreColumn,
                            string.Create(CultureInfo.InvariantCulture, $"{mark} 超出“{aspect.Criterion}”的范围 [{aspect.MinScore}, {aspect.MaxScore}]"),
                            string.Create(CultureInfo.InvariantCulture, $"{mark} is outside the range [{aspect.MinScore}, {aspect.MaxScore}] of '{aspect.Criterion}'"));
                    }

                    string judge;
                    string? judgeGroup = null;
                    if (seat?.Name is { } name)
                    {
                        judge = name;
                        judgeGroup = sources.CountryOf(seat, out var fromOtherSeats);
                        countryFromOtherSeats += fromOtherSeats ? 1 : 0;
                    }
                    else
                    {
                        judge = $"{performance.Competition}/{performance.Program}/{seatLabel}";
                        judgeGroup = seat is null ? null : sources.CountryOf(seat, out _);
                        fallbackJudges++;
                    }

                    noJudgeGroup += judgeGroup is null ? 1 : 0;
                    scored.Add(aspectId);
                    writer.Write(new LongScoreRow(
                        performance.Season, performance.Stage, performance.Track, performance.Panel, judge, performance.Id,
                        aspect.Criterion, mark, aspect.MaxScore, null, judgeGroup, performance.Nation));
                }

                if (csv.BlankLines > 0)
                {
                    notes.Add($"judge-scores.csv：忽略 {csv.BlankLines} 个空行 / judge-scores.csv: {csv.BlankLines} blank lines ignored");
                }

                writer.Dispose();
                progress?.Report(read);
                notes.AddRange(skips.Notes());
                notes.Add($"{fallbackJudges} 个分数没有具名裁判，裁判记为“比赛/节目/席位” / {fallbackJudges} scores have no named judge and use 'competition/program/seat'");
                var countrySource = sources.HasJudgeCountryFile ? IsuSources.JudgeCountryFile : "judges.csv 其他席位/their other seats in judges.csv";
                notes.Add($"{countryFromOtherSeats} 个分数的裁判在该赛事列为 ISU，国家取自 {countrySource} / {countryFromOtherSeats} scores are by judges listed as ISU at that event, their country taken from {countrySource}");
                notes.Add($"{noJudgeGroup} 个分数的裁判国家未知（judge_group 为空）/ {noJudgeGroup} scores have no known judge country (judge_group empty)");
                var unscored = sources.AspectCount - scored.Count;
                notes.Add($"judged-aspects.csv 中 {unscored} 项没有任何裁判分数（多为带 * 的无效元素），不产生行 / {unscored} aspects of judged-aspects.csv have no judge score at all (mostly invalid elements marked *) and give no row");
                var summary = new ConversionSummary(read, writer.RowsWritten, skips.Total, notes);
                File.Move(partial, outputCsv, overwrite: true);
                return summary;
            }
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
