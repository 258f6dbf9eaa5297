using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Insights.Ingest.Feeds;
using Insights.Ingest.Reading;
using Insights.Model.Reference;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>Every required field of every feed is enforced on every row, as <see cref="FeedField.Required"/> promises.</summary>
public sealed class RequiredFieldTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    // The field whose value makes a copied row a new record rather than a duplicate of the row it was copied from.
    private static readonly Dictionary<string, string> s_keyField = new(StringComparer.Ordinal)
    {
        ["blacklist"] = "credit_code",
        ["units"] = "credit_code",
        ["teams"] = "team_id",
        ["representatives"] = "person_name",
        ["projects"] = "project_id",
        ["judges"] = "judge_id",
        ["panels"] = "judge_id",
        ["awards"] = "project_id",
        ["complaints"] = "complaint_id",
    };

    /// <summary>
    /// Proves, for each export file of a generated season (CSV, XLSX and JSON, every feed): for each field the feed
    /// declares required (FeedField.Required: "a row without a value is quarantined") and the file has, a copy of one of
    /// the file's good rows with a fresh key and that one field left empty is quarantined, with the field's column and
    /// the reason "required value is missing", and every original row still lands.
    /// </summary>
    [Fact]
    public async Task A_row_without_a_required_value_is_quarantined_in_every_feed()
    {
        var season = GeneratedSeasonFiles.Shared(600, 7);
        var catalog = new FeedCatalog(ReferenceCatalog.Load(LakeRuns.Season));
        using var work = new TempDirectory("required");
        var problems = new List<string>();
        foreach (var (relative, rows) in season.ManifestRows.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = season.Export(relative);
            FeedBinding binding;
            using (var reader = TableReaders.Open(path))
            {
                binding = catalog.Recognise(reader.Header, Path.GetFileName(path), null);
            }

            var fields = binding.Feed.Fields.Select((f, i) => (Field: f, Index: i)).Where(x => x.Field.Required && binding.Has(x.Index)).ToList();
            var key = s_keyField.TryGetValue(binding.Feed.Id, out var k) ? binding.Feed.Fields.Select((f, i) => (f, i)).Single(x => x.f.Name == k).i : -1;
            var edits = fields.Select(x => (Column: binding.Columns[x.Index], Key: key >= 0 && key != x.Index ? binding.Columns[key] : -1)).ToList();
            var (bytes, firstRow) = Path.GetExtension(path) switch
            {
                ".csv" => WithEmptiedCsv(path, season, relative, edits),
                ".xlsx" => WithEmptiedXlsx(path, edits),
                _ => WithEmptiedJson(path, binding.Header, edits),
            };
            var source = work.Combine(Path.GetFileNameWithoutExtension(path), "src");
            Directory.CreateDirectory(Path.Combine(source, Path.GetDirectoryName(relative)!));
            await File.WriteAllBytesAsync(Path.Combine(source, relative), bytes, TestContext.Current.CancellationToken);

            var outcome = Assert.Single(await LakeRuns.LandAsync(source, work.Combine(Path.GetFileNameWithoutExtension(path), "lake")));
            output.WriteLine($"{relative} ({binding.Feed.Id}): {fields.Count} required fields {string.Join(", ", fields.Select(f => f.Field.Name))} → read {outcome.RowsRead}, landed {outcome.RowsLanded}, quarantined {outcome.RowsQuarantined}");
            if (outcome.RowsLanded != rows)
            {
                problems.Add($"{relative}: {outcome.RowsLanded} rows landed, the file has {rows} good rows");
            }

            for (var e = 0; e < fields.Count; e++)
            {
                var row = firstRow + e;
                var column = binding.ColumnName(fields[e].Index);
                var sample = outcome.Samples.FirstOrDefault(s => s.Row == row);
                if (sample is null)
                {
                    problems.Add($"{relative} row {row}: empty required field {binding.Feed.Id}.{fields[e].Field.Name} (column {column}) was landed, not quarantined");
                }
                else if (sample.Column != column || sample.ReasonEn != "required value is missing")
                {
                    problems.Add($"{relative} row {row}: empty required field {binding.Feed.Id}.{fields[e].Field.Name} quarantined for column '{sample.Column}': {sample.ReasonEn}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static (byte[] Bytes, long FirstRow) WithEmptiedCsv(string path, GeneratedSeasonFiles season, string relative, List<(int Column, int Key)> edits)
    {
        var encoding = EncodingOf(season, relative);
        var (text, newline) = CsvText.Terminated(CsvText.Decode(File.ReadAllBytes(path), encoding));
        var (_, rows) = CsvText.Read(text);
        var first = CsvText.NextLine(text);
        var appended = new StringBuilder();
        for (var e = 0; e < edits.Count; e++)
        {
            var cells = (string[])rows[e % rows.Count].Clone();
            cells[edits[e].Column] = "";
            if (edits[e].Key >= 0)
            {
                cells[edits[e].Key] = $"NEWKEY{e:D4}";
            }

            appended.Append(CsvText.Line(cells)).Append(newline);
        }

        return (CsvText.Encode(text + appended, encoding), first);
    }

    private static (byte[] Bytes, long FirstRow) WithEmptiedXlsx(string path, List<(int Column, int Key)> edits)
    {
        var bytes = File.ReadAllBytes(path);
        var xml = XlsxSheetXml.Read(bytes);
        var (prefix, rows) = XlsxSheetXml.Rows(xml);
        var first = rows.Max(r => r.Number) + 1;
        var appended = new StringBuilder();
        for (var e = 0; e < edits.Count; e++)
        {
            var line = first + e;
            var (number, body) = rows[1 + (e % (rows.Count - 1))];
            var cells = XlsxSheetXml.Cells(prefix, number, body, line);
            cells[edits[e].Column] = XlsxSheetXml.StringCell(prefix, edits[e].Column, line, "");
            if (edits[e].Key >= 0)
            {
                cells[edits[e].Key] = XlsxSheetXml.StringCell(prefix, edits[e].Key, line, $"NEWKEY{e:D4}");
            }

            appended.Append(XlsxSheetXml.Row(prefix, line, cells));
        }

        return (XlsxSheetXml.Replace(bytes, XlsxSheetXml.Append(xml, prefix, appended.ToString())), first);
    }

    private static (byte[] Bytes, long FirstRow) WithEmptiedJson(string path, IReadOnlyList<string> header, List<(int Column, int Key)> edits)
    {
        var document = JsonNode.Parse(File.ReadAllBytes(path))!;
        var data = document["data"]!.AsArray();
        var first = data.Count + 1L;
        for (var e = 0; e < edits.Count; e++)
        {
            var record = data[e % data.Count]!.DeepClone().AsObject();
            record[header[edits[e].Column]] = "";
            if (edits[e].Key >= 0)
            {
                record[header[edits[e].Key]] = $"NEWKEY{e:D4}";
            }

            data.Add(record);
        }

        return (JsonSerializer.SerializeToUtf8Bytes(document, s_indented), first);
    }

    private static string EncodingOf(GeneratedSeasonFiles season, string relative)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(season.Result.ManifestPath));
        return manifest.RootElement.GetProperty("files").EnumerateArray()
            .Single(f => f.GetProperty("path").GetString() == relative).GetProperty("encoding").GetString()!;
    }
}
