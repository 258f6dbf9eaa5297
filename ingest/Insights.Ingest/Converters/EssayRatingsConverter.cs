using System.Globalization;

namespace Insights.Ingest.Converters;

/// <summary>
/// Converts the essay ratings of Wind and Hua's Rasch book (CC0: writing.csv, 372 essays each rated by all 21
/// raters on four rubric domains scored 0..3) to Insights' generic long score CSV, four rows per source row:
/// season = WindHua-essays; stage = rating; track = writing; panel = all-raters; judge = rater; project = student;
/// criterion = style | org | conv | sent_form; max_score 3; project_group = the student's best-language subgroup
/// (language 1 = a language other than English, 2 = English); judge_group empty. See Converters/README.md.
/// </summary>
public static class EssayRatingsConverter
{
    /// <summary>The season label written.</summary>
    public const string Season = "WindHua-essays";

    /// <summary>The rubric domains of writing.csv, in the order written.</summary>
    public static IReadOnlyList<string> Domains { get; } = ["style", "org", "conv", "sent_form"];

    /// <summary>The project_group written for language 1: the student's best language is not English.</summary>
    public const string OtherBestLanguage = "best-language-other";

    /// <summary>The project_group written for language 2: the student's best language is English.</summary>
    public const string EnglishBestLanguage = "best-language-english";

    private const string FileName = "writing.csv";
    private const double MaxScore = 3;

    /// <summary>Converts <c>writing.csv</c> in <paramref name="sourceFolder"/> to <paramref name="outputCsv"/>.</summary>
    /// <param name="sourceFolder">The folder holding writing.csv.</param>
    /// <param name="outputCsv">The long score CSV to write; written whole or not at all (a partial file is removed on error).</param>
    /// <param name="progress">Receives the number of writing.csv rows read so far.</param>
    /// <returns>Rows read and written, scores skipped, and notes.</returns>
    /// <exception cref="ConversionException">writing.csv is missing or malformed (the message names file, line and column).</exception>
    public static ConversionSummary Convert(string sourceFolder, string outputCsv, IProgress<long>? progress = null)
    {
        var notes = new List<string>();
        var skips = new SkipLog();
        var seen = new HashSet<(string Student, string Rater)>();
        long read = 0;
        var partial = outputCsv + ".partial";
        try
        {
            using var csv = new SourceCsv(sourceFolder, FileName, ["student", "language", "rater", .. Domains]);
            using var writer = new LongScoreCsvWriter(partial);
            int student = csv.Column("student"), language = csv.Column("language"), rater = csv.Column("rater");
            var domainColumns = Domains.Select(csv.Column).ToArray();
            foreach (var row in csv.Reader)
            {
                if (!csv.IsData(row))
                {
                    continue;
                }

                read++;
                if (read % 1024 == 0)
                {
                    progress?.Report(read);
                }

                var where = string.Create(CultureInfo.InvariantCulture, $"{FileName}:{row.LineNumberFrom}");
                var project = csv.Required(row, student);
                var judge = csv.Required(row, rater);
                var group = csv.Required(row, language) switch
                {
                    "1" => OtherBestLanguage,
                    "2" => EnglishBestLanguage,
                    var other => throw csv.Error(row, language, $"“{other}”应为 1（最擅长语言非英语）或 2（英语）", $"'{other}' should be 1 (best language other than English) or 2 (English)"),
                };
                if (!seen.Add((project, judge)))
                {
                    skips.Add("同一评分员对同一学生的重复行（保留第一行）", "repeated row of one rater for one student (the first is kept)", Domains.Count, where);
                    continue;
                }

                for (var d = 0; d < Domains.Count; d++)
                {
                    var text = SourceCsv.Text(row, domainColumns[d]);
                    if (text.Length == 0 || text is "NA" or "na")
                    {
                        skips.Add("评分缺失（空或 NA）", "missing rating (empty or NA)", 1, where);
                        continue;
                    }

                    var score = csv.Number(row, domainColumns[d])!.Value;
                    if (score is < 0 or > MaxScore || score != Math.Floor(score))
                    {
                        throw csv.Error(row, domainColumns[d], $"“{text}”不是 0..3 的整数", $"'{text}' is not a whole number 0..3");
                    }

                    writer.Write(new LongScoreRow(Season, "rating", "writing", "all-raters", judge, project, Domains[d], score, MaxScore, null, null, group));
                }
            }

            if (csv.BlankLines > 0)
            {
                notes.Add($"{FileName}：忽略 {csv.BlankLines} 个空行 / {FileName}: {csv.BlankLines} blank lines ignored");
            }

            writer.Dispose();
            progress?.Report(read);
            notes.AddRange(skips.Notes());
            notes.Add($"language 记入 project_group：1 → {OtherBestLanguage}，2 → {EnglishBestLanguage}（学生分组，不是评分员可共享的归属）/ language goes to project_group: 1 → {OtherBestLanguage}, 2 → {EnglishBestLanguage} (a student subgroup, not an affiliation a rater can share)");
            var summary = new ConversionSummary(read, writer.RowsWritten, skips.Total, notes);
            File.Move(partial, outputCsv, overwrite: true);
            return summary;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
