using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Insights.Ingest.Feeds;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Ingest.Reading;
using Insights.Model.Reference;
using Insights.Warehouse.Building;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>Damaged and hostile source files: the ingest neither crashes nor loses a good row.</summary>
public sealed class MalformedInputTests(ITestOutputHelper output)
{
    private const int Seed = 20240825;
    private const int HugeCell = 100_000;
    private static readonly TimeSpan s_budget = TimeSpan.FromSeconds(40);
    private static readonly string[] s_formulas = ["=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1", "-2+3+cmd|' /C notepad'!A1", "=HYPERLINK(\"http://x.invalid\",\"点我\")"];
    private static readonly string[] s_lineageColumns = ["batch_id", "source_sha256", "loaded_at"];

    private enum Mutation
    {
        Truncate,
        FlipBytes,
        RandomBytes,
        Reencode,
        AppendRows,
        BreakXlsxLate,
    }

    /// <summary>
    /// Proves, for a seeded stream of variants of a generated season's files (each variant one damaged file ingested
    /// into a copy of the lake that already holds the whole season, with Parquet row groups of a random size), bounded
    /// to about 40 s: the ingest and the warehouse build never throw; the file gets exactly one outcome whose counts
    /// balance; a wholly unreadable file (random bytes) fails with a bilingual reason (exit code 2, see
    /// <see cref="CliExitCodeTests"/>) and leaves the lake exactly as it was (no manifest, no Parquet, no leftover
    /// folder), and so must any other variant that fails; no *.tmp file is left; error-severity data tests pass.
    /// Where a variant's good rows are known they all land with exactly the data the original batch landed: every row
    /// of a CSV re-encoded UTF-8 ↔ GB18030, every original row of a CSV or XLSX with rows appended, every row before the
    /// cut of a truncated CSV. Appended bad rows (missing required values, 100k-character cells, more or fewer fields
    /// than the header, marks off the rubric's scale or not numbers, unregistered projects) are each in etl_quarantine
    /// with the file's source_file, the row's source_row and non-empty reason_zh and reason_en naming the problem;
    /// appended rows with formula-injection strings (<c>=cmd|' /C calc'!A0</c>, <c>@SUM(1+1)</c>, ...) in name cells
    /// are valid rows and land with the text exactly as given (never evaluated, never altered).
    /// </summary>
    [Fact]
    public async Task Malformed_files_never_crash_the_ingest_and_never_lose_a_good_row()
    {
        var clock = Stopwatch.StartNew();
        var season = GeneratedSeasonFiles.Shared(600, 7);
        using var work = new TempDirectory("malformed");
        var baseLake = work.Combine("base", "lake");
        var baseWarehouse = work.Combine("base", "W.duckdb");
        var baseOutcomes = (await LakeRuns.LandAsync(season.ExportFolder, baseLake)).ToDictionary(o => o.File, StringComparer.Ordinal);
        Assert.All(baseOutcomes.Values, o => Assert.True(o.Status == "landed" && o.RowsQuarantined == 0, o.File));
        LakeRuns.Build(baseLake, baseWarehouse);
        var baseListing = Listing(baseLake);
        var files = ExportFiles(season);
        var context = new Context(season, baseLake, baseWarehouse, baseListing, baseOutcomes);

        var random = new Random(Seed);
        var plan = new List<(ExportFile File, Mutation Mutation)>();
        foreach (var csv in files.Where(f => f.Format == "csv"))
        {
            plan.Add((csv, Mutation.AppendRows));
            plan.Add((csv, Mutation.Reencode));
        }

        plan.AddRange(files.Where(f => f.Format == "xlsx").Select(f => (f, Mutation.FlipBytes)));
        plan.AddRange(files.Where(f => f.Format == "xlsx").Select(f => (f, Mutation.AppendRows)));
        plan.Add((files.Where(f => f.Format == "xlsx").MaxBy(f => f.Rows)!, Mutation.BreakXlsxLate));
        plan.AddRange(files.Where(f => f.Format == "json").Select(f => (f, Mutation.RandomBytes)));
        plan.AddRange(files.Where(f => f.Format == "csv").Take(2).Select(f => (f, Mutation.RandomBytes)));
        plan.AddRange(files.GroupBy(f => f.Format).Select(g => (g.First(), Mutation.Truncate)));

        var problems = new List<string>();
        var done = 0;
        for (var i = 0; clock.Elapsed < s_budget || i < plan.Count; i++)
        {
            var (file, mutation) = i < plan.Count ? plan[i] : RandomPick(files, random);
            // Small row groups make the lake writer hand full groups to its background writer before the damage is met.
            var variant = Make(context, file, mutation, random) with { RowGroupSize = random.Next(3) == 0 ? 131_072 : random.Next(50, 400) };
            var found = await RunAsync(context, work.Combine($"v{i:000}"), variant, i);
            problems.AddRange(found.Select(p => $"#{i} {variant.File} {variant.Description}: {p}"));
            done++;
        }

        foreach (var problem in problems)
        {
            output.WriteLine("PROBLEM " + problem);
        }

        output.WriteLine($"{done} variants in {clock.Elapsed.TotalSeconds:0.0} s, seed {Seed}");
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {done} variants:\n" + string.Join("\n", problems.Take(40)));
    }

    private static (ExportFile, Mutation) RandomPick(List<ExportFile> files, Random random)
    {
        var file = files[random.Next(files.Count)];
        Mutation[] choices = file.Format switch
        {
            "csv" => [Mutation.AppendRows, Mutation.AppendRows, Mutation.Reencode, Mutation.Truncate, Mutation.RandomBytes],
            "xlsx" => [Mutation.FlipBytes, Mutation.Truncate, Mutation.AppendRows, Mutation.AppendRows, Mutation.BreakXlsxLate],
            _ => [Mutation.Truncate, Mutation.RandomBytes, Mutation.FlipBytes],
        };
        return (file, choices[random.Next(choices.Length)]);
    }

    private async Task<List<string>> RunAsync(Context context, string folder, Variant variant, int number)
    {
        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        var source = Path.Combine(folder, "src");
        var lake = Path.Combine(folder, "lake");
        var warehouse = Path.Combine(folder, "W.duckdb");
        var target = Path.Combine(source, variant.File);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, variant.Bytes, TestContext.Current.CancellationToken);
        LakeRuns.CopyTree(context.BaseLake, lake);

        IReadOnlyList<FileOutcome> outcomes;
        try
        {
            outcomes = await LakeRuns.LandAsync(source, lake, variant.RowGroupSize);
        }
        catch (Exception e)
        {
            problems.Add($"the ingest threw {e.GetType().Name}: {e.Message}");
            return problems;
        }

        if (outcomes.Count != 1 || outcomes[0].File != variant.File)
        {
            problems.Add($"expected one outcome for {variant.File}, got {string.Join(", ", outcomes.Select(o => o.File))}");
            return problems;
        }

        var o = outcomes[0];
        output.WriteLine($"#{number} {variant.File} {variant.Description} (row groups of {variant.RowGroupSize}) → {o.Status} read {o.RowsRead} landed {o.RowsLanded} quarantined {o.RowsQuarantined}{(o.ErrorEn is null ? "" : " (" + Clip(o.ErrorEn) + ")")} [{clock.ElapsedMilliseconds} ms]");
        if (!o.Balanced)
        {
            problems.Add($"counts do not balance: read {o.RowsRead} != landed {o.RowsLanded} + quarantined {o.RowsQuarantined}");
        }

        if (Directory.EnumerateFiles(lake, "*.tmp", SearchOption.AllDirectories).FirstOrDefault() is { } temp)
        {
            problems.Add($"leftover temporary file {Path.GetRelativePath(lake, temp)}");
        }

        if (variant.MustFail && o.Status != "failed")
        {
            problems.Add($"a wholly unreadable file was {o.Status}, not failed");
        }

        if (o.Status == "failed")
        {
            if (string.IsNullOrWhiteSpace(o.ErrorZh) || string.IsNullOrWhiteSpace(o.ErrorEn) || o.RowsRead != 0 || o.BatchId is not null)
            {
                problems.Add($"a failed file must have a bilingual reason, no rows and no batch: {o}");
            }

            var listing = Listing(lake);
            var extra = listing.Except(context.BaseListing).ToList();
            var missing = context.BaseListing.Except(listing).ToList();
            if (extra.Count > 0 || missing.Count > 0)
            {
                problems.Add($"a failed file changed the lake: added {string.Join(", ", extra)}; removed {string.Join(", ", missing)}");
            }
        }

        var original = context.BaseOutcomes[variant.File];
        if (variant.KeepRowsBefore > 2 && o.Status != "landed")
        {
            problems.Add($"rows 2..{variant.KeepRowsBefore - 1} are good but the file was {o.Status}: {o.ErrorEn}");
            return problems;
        }

        if (variant.ExactRows is { } exact && (o.RowsRead, o.RowsQuarantined) != (exact, variant.BadRows.Count))
        {
            problems.Add($"expected {exact} rows read and {variant.BadRows.Count} quarantined, got {o.RowsRead} and {o.RowsQuarantined}");
        }

        BuildReport report;
        try
        {
            report = LakeRuns.Build(lake, warehouse);
        }
        catch (Exception e)
        {
            problems.Add($"the warehouse build threw {e.GetType().Name}: {e.Message}");
            return problems;
        }

        foreach (var t in report.Tests.Where(t => !t.Passed && t.Severity == "error"))
        {
            problems.Add($"data test {t.Name} failed: {string.Join(" / ", t.Sample)}");
        }

        if (o.Status != "landed")
        {
            return problems;
        }

        var manifest = new LakeStore(lake).Manifests().Single(m => m.BatchId == o.BatchId);
        if (variant.Encoding is { } encoding && manifest.Encoding != encoding)
        {
            problems.Add($"the file was read as {manifest.Encoding}, not {encoding}");
        }

        if (variant.KeepRowsBefore > 2)
        {
            var before = LakeRows(context.BaseWarehouse, manifest.Dataset, original.BatchId!, variant.KeepRowsBefore, []);
            var after = LakeRows(warehouse, manifest.Dataset, o.BatchId!, variant.KeepRowsBefore, [.. variant.FormulaRows.Select(f => f.Line)]);
            if (!before.SequenceEqual(after, StringComparer.Ordinal))
            {
                var lost = before.Except(after, StringComparer.Ordinal).Take(3).ToList();
                var added = after.Except(before, StringComparer.Ordinal).Take(3).ToList();
                problems.Add($"good rows not landed as before ({before.Count} rows before, {after.Count} now): lost [{string.Join(" ; ", lost.Select(Clip))}] changed/added [{string.Join(" ; ", added.Select(Clip))}]");
            }
        }

        if (variant.BadRows.Count > 0 || variant.FormulaRows.Count > 0)
        {
            var quarantined = LakeRuns.Query(warehouse, $"SELECT source_file, source_row, source_column, reason_zh, reason_en FROM etl_quarantine WHERE batch_id = '{o.BatchId}'")
                .ToDictionary(r => (long)r["source_row"]!);
            foreach (var bad in variant.BadRows)
            {
                if (!quarantined.TryGetValue(bad.Line, out var q))
                {
                    problems.Add($"bad row {bad.Line} ({bad.Kind}) is not in etl_quarantine");
                    continue;
                }

                if ((string?)q["source_file"] != variant.File || string.IsNullOrWhiteSpace((string?)q["reason_zh"]) || string.IsNullOrWhiteSpace((string?)q["reason_en"]))
                {
                    problems.Add($"quarantined row {bad.Line} lacks its file or reasons: {string.Join(" | ", q.Values)}");
                }
                else if (!((string)q["reason_en"]!).Contains(bad.Reason, StringComparison.Ordinal))
                {
                    problems.Add($"bad row {bad.Line} ({bad.Kind}) quarantined for '{q["reason_en"]}', expected '{bad.Reason}'");
                }
            }

            foreach (var formula in variant.FormulaRows)
            {
                if (quarantined.TryGetValue(formula.Line, out var q))
                {
                    problems.Add($"row {formula.Line} with '{formula.Value}' in {formula.Column} is a valid row but was quarantined: {q["reason_en"]}");
                    continue;
                }

                var landed = LakeRuns.Query(warehouse, $"SELECT {formula.Column} AS v FROM lake_{manifest.Dataset} WHERE batch_id = '{o.BatchId}' AND source_row = {formula.Line}");
                if (landed.Count != 1 || (string?)landed[0]["v"] != formula.Value)
                {
                    problems.Add($"row {formula.Line}: '{formula.Value}' in {formula.Column} landed as [{string.Join(", ", landed.Select(r => r["v"]))}]");
                }
            }
        }

        return problems;
    }

    private static List<string> LakeRows(string warehouse, string dataset, string batchId, long before, HashSet<long> skip)
    {
        // Every column of the lake table but the lineage that names the batch (which differs by design).
        var columns = LakeRuns.Query(warehouse, $"SELECT column_name FROM information_schema.columns WHERE table_name = 'lake_{dataset}' ORDER BY ordinal_position")
            .Select(r => (string)r["column_name"]!).Where(c => !s_lineageColumns.Contains(c)).ToList();
        using var connection = LakeRuns.OpenReadOnly(warehouse);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns)} FROM lake_{dataset} WHERE batch_id = '{batchId}' AND source_row < {before}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        var sourceRow = reader.GetOrdinal("source_row");
        while (reader.Read())
        {
            if (skip.Contains(reader.GetInt64(sourceRow)))
            {
                continue;
            }

            rows.Add(string.Join("\t", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
            {
                DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString(),
            })));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static SortedSet<string> Listing(string lake) =>
        new(Directory.EnumerateFileSystemEntries(lake, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(lake, p).Replace('\\', '/'))
            .Where(p => p != "_lock"), StringComparer.Ordinal);

    private static List<ExportFile> ExportFiles(GeneratedSeasonFiles season)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(season.Result.ManifestPath));
        return [.. document.RootElement.GetProperty("files").EnumerateArray().Select(f => new ExportFile(
            f.GetProperty("path").GetString()!,
            f.GetProperty("format").GetString()!,
            f.TryGetProperty("encoding", out var e) ? e.GetString() : null,
            f.GetProperty("rows").GetInt64()))];
    }

    private static Variant Make(Context context, ExportFile file, Mutation mutation, Random random)
    {
        var bytes = File.ReadAllBytes(context.Season.Export(file.Path));
        switch (mutation)
        {
            case Mutation.Truncate:
                {
                    var cut = random.Next(bytes.Length);
                    var keep = 0L;
                    if (file.Format == "csv" && PhysicalLines(bytes) == file.Rows + 1)
                    {
                        // One line per record: every line ended before the cut is a whole, good row.
                        keep = bytes.AsSpan(0, cut).Count((byte)'\n') + 1;
                    }

                    return new Variant(file.Path, $"truncated at byte {cut} of {bytes.Length}", bytes[..cut]) { KeepRowsBefore = keep };
                }

            case Mutation.FlipBytes:
                {
                    var flipped = (byte[])bytes.Clone();
                    var n = random.Next(1, 17);
                    var at = new List<int>();
                    for (var k = 0; k < n; k++)
                    {
                        var i = random.Next(flipped.Length);
                        flipped[i] ^= (byte)random.Next(1, 256);
                        at.Add(i);
                    }

                    return new Variant(file.Path, $"{n} bytes flipped at {string.Join(",", at.Order().Take(6))}{(n > 6 ? ",…" : "")}", flipped);
                }

            case Mutation.RandomBytes:
                {
                    var noise = new byte[random.Next(1, 20_000)];
                    random.NextBytes(noise);
                    return new Variant(file.Path, $"replaced by {noise.Length} random bytes", noise) { MustFail = true };
                }

            case Mutation.Reencode:
                {
                    var text = CsvText.Decode(bytes, file.Encoding);
                    var toGb = file.Encoding != "gb18030";
                    var bom = !toGb && random.Next(2) == 0;
                    var encoded = CsvText.Encode(text, toGb ? "gb18030" : bom ? "utf-8-bom" : "utf-8");
                    return new Variant(file.Path, $"re-encoded {file.Encoding} → {(toGb ? "gb18030" : bom ? "utf-8-bom" : "utf-8")}", encoded)
                    {
                        KeepRowsBefore = long.MaxValue,
                        ExactRows = file.Rows,
                        Encoding = toGb ? "gb18030" : bom ? "utf-8-bom" : "utf-8",
                    };
                }

            case Mutation.BreakXlsxLate:
                return BreakXlsxLate(file, bytes);

            default:
                return file.Format == "xlsx" ? AppendXlsx(context, file, bytes, random) : AppendCsv(context, file, bytes, random);
        }
    }

    private static Variant AppendCsv(Context context, ExportFile file, byte[] bytes, Random random)
    {
        var (text, newline) = CsvText.Terminated(CsvText.Decode(bytes, file.Encoding));
        var (_, rows) = CsvText.Read(text);
        var shape = Shape(context, file, csv: true);
        var line = CsvText.NextLine(text);
        var firstAppended = line;
        var appended = new StringBuilder();
        var plan = new AppendPlan();
        var count = random.Next(1, 7);
        for (var k = 0; k < count; k++, line++)
        {
            var cells = (string[])rows[random.Next(rows.Count)].Clone();
            var edit = NextEdit(shape, line, random, plan);
            foreach (var (column, value) in edit.Cells)
            {
                cells[column] = value;
            }

            appended.Append(edit.TooFew ? CsvText.Line(cells[..2]) : edit.ExtraField ? CsvText.Line(cells) + ",extra,\"more, data\"" : CsvText.Line(cells)).Append(newline);
        }

        return new Variant(file.Path, plan.Description, CsvText.Encode(text + appended, file.Encoding!))
        {
            KeepRowsBefore = firstAppended,
            ExactRows = file.Rows + count,
            BadRows = plan.BadRows,
            FormulaRows = plan.FormulaRows,
        };
    }

    private static Variant AppendXlsx(Context context, ExportFile file, byte[] bytes, Random random)
    {
        var xml = XlsxSheetXml.Read(bytes);
        var (prefix, rows) = XlsxSheetXml.Rows(xml);
        var shape = Shape(context, file, csv: false);
        var line = rows.Max(r => r.Number) + 1;
        var firstAppended = line;
        var appended = new StringBuilder();
        var plan = new AppendPlan();
        var count = random.Next(1, 7);
        for (var k = 0; k < count; k++, line++)
        {
            var (number, body) = rows[random.Next(1, rows.Count)];
            var cells = XlsxSheetXml.Cells(prefix, number, body, line);
            var edit = NextEdit(shape, line, random, plan);
            foreach (var (column, value) in edit.Cells)
            {
                cells[column] = XlsxSheetXml.StringCell(prefix, column, line, value);
            }

            if (edit.ExtraField)
            {
                cells[shape.Columns] = XlsxSheetXml.StringCell(prefix, shape.Columns, line, "extra");
            }

            appended.Append(XlsxSheetXml.Row(prefix, line, cells));
        }

        return new Variant(file.Path, plan.Description + " (xlsx)", XlsxSheetXml.Replace(bytes, XlsxSheetXml.Append(xml, prefix, appended.ToString())))
        {
            KeepRowsBefore = firstAppended,
            ExactRows = file.Rows + count,
            BadRows = plan.BadRows,
            FormulaRows = plan.FormulaRows,
        };
    }

    private static Variant BreakXlsxLate(ExportFile file, byte[] bytes)
    {
        // Valid zip, valid start: the damage (a mismatched end tag) is only met after three quarters of the rows.
        var xml = XlsxSheetXml.Read(bytes);
        var (prefix, rows) = XlsxSheetXml.Rows(xml);
        var victim = rows[rows.Count * 3 / 4];
        var at = xml.IndexOf(string.Create(CultureInfo.InvariantCulture, $"<{prefix}row r=\"{victim.Number}\""), StringComparison.Ordinal);
        var close = xml.IndexOf($"</{prefix}row>", at, StringComparison.Ordinal);
        var broken = string.Concat(xml.AsSpan(0, close), $"</{prefix}rox>", xml.AsSpan(close + $"</{prefix}row>".Length));
        return new Variant(file.Path, $"sheet XML broken at row {victim.Number} of {rows.Count}", XlsxSheetXml.Replace(bytes, broken)) { MustFail = true };
    }

    /// <summary>Where the ingest finds a feed's fields in this file's header (as it binds them) and what can be broken.</summary>
    private static FileShape Shape(Context context, ExportFile file, bool csv)
    {
        using var table = TableReaders.Open(context.Season.Export(file.Path));
        var binding = new FeedCatalog(ReferenceCatalog.Load(LakeRuns.Season)).Recognise(table.Header, Path.GetFileName(file.Path), null);
        int Column(string field) => binding.Feed.Fields.Select((f, i) => (f, i)).Where(x => x.f.Name == field && binding.Has(x.i)).Select(x => binding.Columns[x.i]).DefaultIfEmpty(-1).First();
        var required = binding.Feed.Fields.Select((f, i) => (f, i)).Where(x => x.f.Required && binding.Has(x.i)).Select(x => binding.Columns[x.i]).ToList();
        var scoreColumn = binding.Feed.Id == "scores_long" ? Column("score")
            : binding.Feed.Id == "scores_wide" ? Enumerable.Range(0, table.Header.Count).First(c => !binding.Columns.Contains(c))
            : -1;
        var (name, lakeName, key, fresh) = binding.Feed.Id switch
        {
            "teams" => (Column("team_name"), "team_name", Column("team_id"), "FUZZ"),
            "representatives" => (Column("person_name"), "person_name", -1, ""),
            "blacklist" => (Column("unit_name"), "unit_name", Column("credit_code"), "FUZZ"),
            "units" => (Column("unit_name"), "unit_name", Column("credit_code"), "FUZZ"),
            "judges" => (Column("judge_name"), "judge_name", Column("judge_id"), "EXFUZZ"),
            "awards" => (Column("lead_unit"), "lead_unit_name", Column("project_id"), "JS24-FUZZ-"),
            _ => (-1, "", -1, ""),
        };
        var kinds = new List<string> { "missing", "huge", "too-many" };
        if (csv)
        {
            kinds.Add("too-few");
        }

        if (scoreColumn >= 0)
        {
            kinds.AddRange(["off-scale", "not-a-number", "unregistered"]);
        }

        if (name >= 0)
        {
            kinds.AddRange(["formula", "formula"]);
        }

        return new FileShape(table.Header.Count, required, scoreColumn, Column("project_id"), name, lakeName, key, fresh, kinds);
    }

    private static RowEdit NextEdit(FileShape shape, long line, Random random, AppendPlan plan)
    {
        var kind = shape.Kinds[random.Next(shape.Kinds.Count)];
        var cells = new Dictionary<int, string>();
        var edit = new RowEdit(cells);
        switch (kind)
        {
            case "missing":
                var emptied = shape.Required[random.Next(shape.Required.Count)];
                cells[emptied] = random.Next(2) == 0 ? "" : "   ";
                if (shape.Key >= 0 && shape.Key != emptied)
                {
                    // A fresh key: the row is not also a duplicate of the row it was copied from.
                    cells[shape.Key] = string.Create(CultureInfo.InvariantCulture, $"{shape.FreshKey}{line:D8}");
                }

                plan.BadRows.Add(new BadRow(line, kind, "required value is missing"));
                break;
            case "huge":
                cells[shape.Name >= 0 ? shape.Name : random.Next(shape.Columns)] = string.Concat(Enumerable.Repeat("数据,\"要素\"x", (HugeCell / 8) + 1))[..HugeCell];
                plan.BadRows.Add(new BadRow(line, kind, "over the limit"));
                break;
            case "too-many":
                edit = edit with { ExtraField = true };
                plan.BadRows.Add(new BadRow(line, kind, "more fields than the header"));
                break;
            case "too-few":
                edit = edit with { TooFew = true };
                plan.BadRows.Add(new BadRow(line, kind, "fewer fields than the header"));
                break;
            case "off-scale":
                cells[shape.Score] = random.Next(2) == 0 ? "1000" : "-5";
                plan.BadRows.Add(new BadRow(line, kind, "outside the scale"));
                break;
            case "not-a-number":
                cells[shape.Score] = "八十";
                plan.BadRows.Add(new BadRow(line, kind, "is not a number"));
                break;
            case "unregistered":
                cells[shape.Project] = "JS24-T99-99999";
                plan.BadRows.Add(new BadRow(line, kind, "no project with this id is registered"));
                break;
            default:
                var value = s_formulas[plan.NextFormula++ % s_formulas.Length];
                cells[shape.Name] = value;
                if (shape.Key >= 0)
                {
                    cells[shape.Key] = string.Create(CultureInfo.InvariantCulture, $"{shape.FreshKey}{line:D8}");
                }

                plan.FormulaRows.Add(new FormulaRow(line, shape.LakeName, value));
                break;
        }

        plan.Kinds.Add(kind);
        return edit;
    }

    private static long PhysicalLines(byte[] bytes) => bytes.AsSpan().Count((byte)'\n') + (bytes.Length > 0 && bytes[^1] != '\n' ? 1 : 0);

    private static string Clip(string text) => text.Length <= 160 ? text : text[..160] + "…";

    private sealed record ExportFile(string Path, string Format, string? Encoding, long Rows);

    private sealed record Context(
        GeneratedSeasonFiles Season, string BaseLake, string BaseWarehouse, SortedSet<string> BaseListing, Dictionary<string, FileOutcome> BaseOutcomes);

    private sealed record BadRow(long Line, string Kind, string Reason);

    private sealed record FormulaRow(long Line, string Column, string Value);

    private sealed record FileShape(
        int Columns, List<int> Required, int Score, int Project, int Name, string LakeName, int Key, string FreshKey, List<string> Kinds);

    private sealed record RowEdit(Dictionary<int, string> Cells, bool ExtraField = false, bool TooFew = false);

    private sealed class AppendPlan
    {
        public List<BadRow> BadRows { get; } = [];

        public List<FormulaRow> FormulaRows { get; } = [];

        public List<string> Kinds { get; } = [];

        public int NextFormula { get; set; }

        public string Description => "appended " + string.Join(", ", Kinds);
    }

    private sealed record Variant(string File, string Description, byte[] Bytes)
    {
        /// <summary>Rows per Parquet row group in the lake.</summary>
        public int RowGroupSize { get; init; } = 131_072;

        /// <summary>The file is wholly unreadable: it must fail.</summary>
        public bool MustFail { get; init; }

        /// <summary>Every original row numbered below this is good and must land as it did from the original file.</summary>
        public long KeepRowsBefore { get; init; }

        /// <summary>Rows the ingest must read, when known.</summary>
        public long? ExactRows { get; init; }

        /// <summary>The encoding the ingest must detect, when it matters.</summary>
        public string? Encoding { get; init; }

        public List<BadRow> BadRows { get; init; } = [];

        public List<FormulaRow> FormulaRows { get; init; } = [];
    }
}
