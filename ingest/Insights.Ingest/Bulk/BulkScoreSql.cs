using System.Globalization;
using System.Text;
using Insights.Ingest.Datasets;
using Insights.Ingest.Feeds;
using Insights.Ingest.Feeds.Review;
using R = Insights.Ingest.Feeds.Review.LongScoreRules;

namespace Insights.Ingest.Bulk;

/// <summary>
/// The SQL of the bulk path for the long score feed, generated from the feed's rule table
/// (<see cref="LongScoreRules.Reading"/>, then <see cref="ScoreLanding.Checks"/>): each rule becomes one
/// <c>WHEN</c> of a <c>CASE</c> in the same order, so a row fails the first rule it fails on the row-by-row path.
/// The SQL only decides pass or fail: what takes judgement (reading a number in any of its forms, a date, a round
/// word, a track or criterion name) is decided by the C# code itself for each distinct text, through lookup tables
/// (<c>bulk_number</c>, <c>bulk_time</c>, <c>bulk_round</c>, <c>bulk_label</c>) the lander fills; the SQL reads in
/// place only the plain forms on which DuckDB and the C# parsers agree. Every value that comes from the file or the
/// user is a parameter or a row of a parameter table (<c>bulk_param</c>); the text of this SQL holds only generated
/// names, numbers, constant patterns and lake paths written by <c>LakeSql</c>.
/// </summary>
internal sealed class BulkScoreSql(FeedBinding binding, int headerLine, string raw)
{
    /// <summary>A plain decimal: DuckDB's cast and .NET's invariant parse give the same double (both round correctly).</summary>
    internal const string PlainNumber = "-?[0-9]{1,15}(\\.[0-9]{1,15})?";

    /// <summary>
    /// A plain time, <c>2024-08-18 10:00</c> or <c>2024-08-18 10:00:30</c>, years 1000 to 9999 (both calendars agree
    /// there; DuckDB takes a year 0 that .NET refuses); impossible dates (DuckDB's cast fails) fall to the lookup.
    /// </summary>
    internal const string PlainTime = "[1-9][0-9]{3}-[0-9]{2}-[0-9]{2} ([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?";

    /// <summary>The fields read as numbers.</summary>
    internal static readonly int[] NumberFields = [.. R.Reading.Where(r => r.Kind == ScoreRuleKind.Number).Select(r => r.Field)];

    private readonly int _columns = binding.Header.Count;

    // Which lookups hold rows (set once they are filled): a join to an empty lookup is left out of the SQL, since it
    // could only give nulls, and each join costs a probe per row.

    /// <summary>The number fields that have texts not in the plain form (their lookup joins).</summary>
    public IReadOnlySet<int> OddNumberFields { get; set; } = new HashSet<int>(NumberFields);

    /// <summary>Whether some time text is not in the plain form.</summary>
    public bool HasOddTimes { get; set; } = true;

    /// <summary>Whether some season of the file has registrations.</summary>
    public bool HasProjects { get; set; } = true;

    /// <summary>Whether some season of the file has a judge list.</summary>
    public bool HasJudges { get; set; } = true;

    /// <summary>The rule codes: 1 + the rule's index in reading rules then checks; duplicates last.</summary>
    internal static int Code(int readingIndex) => readingIndex + 1;

    /// <summary>The code of a check.</summary>
    internal static int Code(ScoreRuleKind check) => R.Reading.Count + 1 + ScoreLanding.Checks.ToList().IndexOf(check);

    /// <summary>
    /// The CSV as DuckDB reads it, every column as text (<c>$path</c> is a parameter): copied once, in parallel, to a
    /// raw Parquet file (<see cref="Raw"/>) whose row numbers are the records' order (<c>COPY</c> keeps insertion order).
    /// </summary>
    public string Csv()
    {
        var columns = string.Join(", ", Enumerable.Range(0, _columns).Select(i => $"'c{i}': 'VARCHAR'"));
        return string.Create(CultureInfo.InvariantCulture, $"SELECT {RawColumns} FROM read_csv($path, header = true, skip = {headerLine - 1}, columns = ")
            + "{" + columns + "}"
            + ", delim = ',', quote = '\"', escape = '\"', strict_mode = true, null_padding = false, auto_detect = false, encoding = 'utf-8')";
    }

    /// <summary>
    /// The raw file's rows with their source line: the record's number plus the header's line, exact because
    /// <see cref="CsvShapeScanner"/> admitted the file only with one record per line and no blank line.
    /// </summary>
    /// <param name="raw">The raw Parquet file, as a generated literal (<c>LakeSql</c>).</param>
    public string Raw(string raw) =>
        string.Create(CultureInfo.InvariantCulture, $"SELECT file_row_number + {headerLine + 1} AS line, {RawColumns} FROM read_parquet({raw}, file_row_number = true, hive_partitioning = false)");

    /// <summary>The raw column names, for the quarantine pass.</summary>
    public string RawColumns => string.Join(", ", Enumerable.Range(0, _columns).Select(i => $"c{i}"));

    /// <summary>Each field's text as <see cref="FeedRow.Text"/> gives it: trimmed of .NET's white space, null when empty.</summary>
    public string Texts()
    {
        var b = new StringBuilder("SELECT src.*");
        for (var f = 0; f < binding.Feed.Fields.Count; f++)
        {
            b.Append(",\n  ").Append(f switch
            {
                R.Season => $"COALESCE({Trim(f)}, p.default_season)",
                R.Stage when !binding.Has(f) => "p.file_stage",
                _ => Trim(f),
            }).Append(" AS t").Append(f.ToString(CultureInfo.InvariantCulture));
        }

        b.Append("\nFROM (").Append(Raw(raw)).Append(") AS src, bulk_param AS p");
        return b.ToString();
    }

    /// <summary>
    /// The distinct texts the C# code must judge, in one scan and one aggregation: each combination of the labels,
    /// the round and the texts of the number and time fields that are not in their plain forms (null when plain), with
    /// its row count. Plain files give a handful of groups; odd forms multiply them, at most to one per row.
    /// </summary>
    public string Distinct()
    {
        var odd = NumberFields.Select(f => $"CASE WHEN NOT regexp_full_match(t{f}, '{PlainNumber}') THEN t{f} END AS o{f}").ToList();
        var grouped = string.Join(", ", new[] { $"t{R.Season}", $"t{R.Stage}", $"t{R.Track}", $"t{R.Criterion}", $"t{R.Round}" }
            .Concat(NumberFields.Select(f => $"o{f}")).Append($"o{R.ScoredAt}"));
        return $"""
            SELECT {grouped}, count(*) AS n
            FROM (SELECT *, {string.Join(", ", odd)},
                         CASE WHEN NOT (regexp_full_match(t{R.ScoredAt}, '{PlainTime}') AND TRY_CAST(t{R.ScoredAt} AS TIMESTAMP) IS NOT NULL) THEN t{R.ScoredAt} END AS o{R.ScoredAt}
                  FROM ({Texts()}))
            GROUP BY ALL
            """;
    }

    /// <summary>Every row with its parsed values, its lookups and <c>rule</c>: the code of the first rule it fails, or null.</summary>
    public string Checked()
    {
        var b = new StringBuilder("SELECT t.*");
        foreach (var f in NumberFields)
        {
            var odd = OddNumberFields.Contains(f) ? $"n{f}.value" : "CAST(NULL AS DOUBLE)";
            b.Append(CultureInfo.InvariantCulture, $",\n  CASE WHEN t{f} IS NULL THEN NULL WHEN regexp_full_match(t{f}, '{PlainNumber}') THEN CAST(t{f} AS DOUBLE) ELSE {odd} END AS v{f}");
        }

        b.Append(CultureInfo.InvariantCulture, $",\n  CASE WHEN t{R.ScoredAt} IS NULL THEN NULL WHEN regexp_full_match(t{R.ScoredAt}, '{PlainTime}') AND TRY_CAST(t{R.ScoredAt} AS TIMESTAMP) IS NOT NULL THEN TRY_CAST(t{R.ScoredAt} AS TIMESTAMP) ELSE {(HasOddTimes ? "tm.value" : "CAST(NULL AS TIMESTAMP)")} END AS v{R.ScoredAt}");
        b.Append(",\n  l.stage_out, l.track_out, l.criterion_out, l.fail AS label_fail, l.catalog");
        b.Append(CultureInfo.InvariantCulture, $",\n  CASE WHEN l.catalog THEN l.min_score ELSE MIN_V END AS min_eff, CASE WHEN l.catalog THEN l.max_score ELSE MAX_V END AS max_eff");
        b.Append(",\n  r.round AS round_no, r.ok AS round_ok, s.season_no, s.has_projects, s.has_judges");
        b.Append(HasProjects ? ", kp.id AS known_project" : ", CAST(NULL AS VARCHAR) AS known_project");
        b.Append(HasJudges ? ", kj.id AS known_judge" : ", CAST(NULL AS VARCHAR) AS known_judge");
        b.Append("\nFROM (").Append(Texts()).Append(") AS t");
        foreach (var f in NumberFields)
        {
            if (OddNumberFields.Contains(f))
            {
                b.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN bulk_number AS n{f} ON n{f}.field = {f} AND n{f}.text = t.t{f}");
            }
        }

        if (HasOddTimes)
        {
            b.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN bulk_time AS tm ON tm.text = t.t{R.ScoredAt}");
        }

        b.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN bulk_label AS l ON l.season = t.t{R.Season} AND l.stage = t.t{R.Stage} AND l.track = t.t{R.Track} AND l.criterion = t.t{R.Criterion}");
        b.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN bulk_round AS r ON r.text = t.t{R.Round}");
        b.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN bulk_season AS s ON s.season = t.t{R.Season}");
        if (HasProjects)
        {
            b.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN bulk_project AS kp ON kp.season = t.t{R.Season} AND kp.id = t.t{R.Project}");
        }

        if (HasJudges)
        {
            b.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN bulk_judge AS kj ON kj.season = t.t{R.Season} AND kj.id = t.t{R.Judge}");
        }
        var values = b.ToString()
            .Replace("MIN_V", Value(R.MinScore), StringComparison.Ordinal)
            .Replace("MAX_V", Value(R.MaxScore), StringComparison.Ordinal);
        return $"SELECT *, {Rule()} AS rule FROM ({values})";
    }

    /// <summary>The rule column: one <c>WHEN</c> per rule, in the table's order.</summary>
    public string Rule()
    {
        var b = new StringBuilder("CASE");
        for (var i = 0; i < R.Reading.Count; i++)
        {
            var rule = R.Reading[i];
            var f = rule.Field;
            if (!binding.Has(f))
            {
                continue;    // an absent field is null: no rule on it can fail (the stage then comes from the file name)
            }

            var code = Code(i);
            var required = binding.Feed.Fields[f].Required;
            switch (rule.Kind)
            {
                case ScoreRuleKind.Required:
                    b.Append(CultureInfo.InvariantCulture, $" WHEN t{f} IS NULL THEN {code}");
                    break;
                case ScoreRuleKind.Number:
                    if (required)
                    {
                        b.Append(CultureInfo.InvariantCulture, $" WHEN t{f} IS NULL THEN {code}");
                    }

                    b.Append(CultureInfo.InvariantCulture, $" WHEN t{f} IS NOT NULL AND v{f} IS NULL THEN {code}");
                    break;
                case ScoreRuleKind.DateTime:
                    b.Append(CultureInfo.InvariantCulture, $" WHEN t{f} IS NOT NULL AND v{f} IS NULL THEN {code}");
                    break;
                case ScoreRuleKind.Round:
                    b.Append(CultureInfo.InvariantCulture, $" WHEN t{f} IS NOT NULL AND NOT round_ok THEN {code}");
                    break;
                default:
                    throw new InvalidOperationException($"no SQL for reading rule {rule.Kind}");
            }
        }

        foreach (var check in ScoreLanding.Checks)
        {
            var code = Code(check);
            b.Append(check switch
            {
                ScoreRuleKind.Stage or ScoreRuleKind.Track or ScoreRuleKind.Criterion => $" WHEN label_fail = {code} THEN {code}",
                ScoreRuleKind.Scale => $" WHEN v{R.Score} > max_eff OR v{R.Score} < min_eff THEN {code}",
                ScoreRuleKind.KnownProject => $" WHEN has_projects AND known_project IS NULL THEN {code}",
                ScoreRuleKind.KnownJudge => $" WHEN has_judges AND known_judge IS NULL THEN {code}",
                _ => throw new InvalidOperationException($"no SQL for check {check}"),
            });
        }

        return b.Append(" END").ToString();
    }

    /// <summary>The landed rows of one season, in the lake's columns.</summary>
    /// <param name="seasonNo">The season's number.</param>
    public string LakeRows(int seasonNo)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["season"] = $"t{R.Season}",
            ["stage"] = "stage_out",
            ["track"] = "track_out",
            ["panel_id"] = $"t{R.Panel}",
            ["judge_id"] = $"t{R.Judge}",
            ["project_id"] = $"t{R.Project}",
            ["criterion"] = "criterion_out",
            ["score"] = $"v{R.Score}",
            ["min_score"] = "min_eff",
            ["max_score"] = "max_eff",
            ["scored_at"] = $"v{R.ScoredAt}",
            ["judge_group"] = $"t{R.JudgeGroup}",
            ["project_group"] = $"t{R.ProjectGroup}",
            ["round"] = "COALESCE(round_no, 0)",
            ["round_label"] = $"CASE WHEN COALESCE(round_no, 0) = 0 THEN NULL ELSE t{R.Round} END",
            ["standard_score"] = $"v{R.StandardScore}",
            ["batch_id"] = "p.batch_id",
            ["source_file"] = "p.source_file",
            ["source_sha256"] = "p.source_sha256",
            ["source_row"] = "line",
            ["loaded_at"] = "p.loaded_at",
        };
        var columns = LakeDatasets.Score.Columns.Select(c =>
            $"CAST({(values.TryGetValue(c.Name, out var v) ? v : "NULL")} AS {c.Kind.DuckDbType()}) AS {c.Name}");
        return string.Create(CultureInfo.InvariantCulture, $"SELECT {string.Join(", ", columns)} FROM ({Checked()}), bulk_param AS p WHERE rule IS NULL AND season_no = {seasonNo}");
    }

    /// <summary>The lines of the rows the rules failed.</summary>
    public string FailedLines() => $"SELECT line FROM ({Checked()}) WHERE rule IS NOT NULL";

    private string Value(int field) => binding.Has(field) ? $"v{field}" : "CAST(NULL AS DOUBLE)";

    // DuckDB's trim with a character set costs about half a microsecond a value: a value that starts and ends with a
    // printable ASCII character (almost every one) has nothing to trim and skips it.
    private string Trim(int field)
    {
        if (!binding.Has(field))
        {
            return "CAST(NULL AS VARCHAR)";
        }

        var c = string.Create(CultureInfo.InvariantCulture, $"src.c{binding.Columns[field]}");
        return $"CASE WHEN unicode({c}) BETWEEN 33 AND 126 AND unicode(right({c}, 1)) BETWEEN 33 AND 126 THEN {c} ELSE NULLIF(trim({c}, p.ws), '') END";
    }
}
