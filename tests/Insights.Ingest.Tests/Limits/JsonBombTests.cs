using System.Text;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Limits;

/// <summary>
/// The JSON limits: a record (or any value) longer than <see cref="TableReadOptions.MaxRecordLength"/> bytes, nested
/// deeper than <see cref="TableReadOptions.MaxJsonDepth"/>, or with more fields than
/// <see cref="TableReadOptions.MaxColumns"/>, alone or with the other records, refuses the file whole; the good file
/// beside it lands.
/// </summary>
public sealed class JsonBombTests : IDisposable
{
    private readonly BombFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_300_MB_record_is_refused_at_the_default_limit_of_16_MiB()
    {
        // Streamed to the file: the test never holds it. Before the limit the reader grew its buffer to 512 MB and
        // landed the record (quarantined, its name being over the cell limit), 2.5 GB in all.
        InputBombs.JsonRecord(_folder.In("record-bomb.json"), 300_000_000);

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(outcomes, "record-bomb.json", "第 1 条记录大于 16,777,216 字节", "record 1 is larger than 16,777,216 bytes (limit 16,777,216)");
    }

    [Fact]
    public async Task A_record_over_a_lower_limit_is_refused_by_its_number()
    {
        Write("teams.json", $"[{Team(1, "甲")}, {Team(2, new string('乙', 600))}]");

        var outcomes = await _folder.IngestAsync(new TableReadOptions { MaxRecordLength = 1000 });

        BombFolder.AssertRefused(outcomes, "teams.json", "第 2 条记录大于 1,000 字节", "record 2 is larger than 1,000 bytes");
    }

    [Fact]
    public async Task Another_value_of_the_document_over_the_limit_is_refused_by_its_offset()
    {
        Write("meta.json", $"{{\"meta\": \"{new string('m', 3000)}\", \"data\": [{Team(1, "甲")}]}}");

        var outcomes = await _folder.IngestAsync(new TableReadOptions { MaxRecordLength = 1000 });

        BombFolder.AssertRefused(outcomes, "meta.json", "JSON 中字节偏移 1 处的值大于 1,000 字节", "the JSON value at byte offset 1 is larger than 1,000 bytes");
    }

    [Fact]
    public async Task A_record_nested_deeper_than_the_limit_is_refused()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40);
        Write("deep.json", $"{{\"data\": [{Team(1, "甲")}, {{\"team_id\": \"T2\", \"x\": {nested}}}]}}");

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(outcomes, "deep.json", "第 2 条记录嵌套深于 32 层", "record 2 nests deeper than 32 levels");
    }

    [Fact]
    public async Task A_record_with_more_fields_than_the_limit_is_refused()
    {
        // One key 101 times: the record's fields count, not only its distinct keys.
        var fields = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"team_name\": \"n{i}\""));
        Write("fields.json", $"[{Team(1, "甲")}, {{{fields}}}]");

        var outcomes = await _folder.IngestAsync(new TableReadOptions { MaxColumns = 100 });

        BombFolder.AssertRefused(outcomes, "fields.json", "第 2 条记录的字段多于 100 个", "record 2 has more than 100 fields");
    }

    [Fact]
    public async Task Records_whose_keys_together_pass_the_limit_are_refused()
    {
        // Each record small, but every row is as wide as the keys of all records: 16,385 of them at the default.
        var records = Enumerable.Range(0, 16_385).Select(i => $"{{\"team_id\": \"T{i}\", \"k{i}\": 1}}");
        Write("keys.json", "[" + string.Join(",\n", records) + "]");

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(outcomes, "keys.json", "各记录的不同字段合计多于 16,384 个（到第 16,384 条记录为止）", "the records have more than 16,384 distinct fields in all (by record 16,384)");
    }

    private static string Team(int id, string name) => $"{{\"team_id\": \"T{id}\", \"team_name\": \"{name}\", \"lead_unit\": \"U{id}\"}}";

    private void Write(string name, string json) => File.WriteAllText(_folder.In(name), json, new UTF8Encoding(false));
}
