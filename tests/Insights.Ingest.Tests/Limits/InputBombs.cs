using System.IO.Compression;
using System.Text;

namespace Insights.Ingest.Tests.Limits;

/// <summary>
/// The hostile inputs of issue 12, written by streaming: a few megabytes on disk each (the JSON record excepted), but
/// gigabytes to a reader that loads what it is given. tests/bench/input-bombs.py writes the same files for the
/// measurements through the command line (docs/ingest.md, "Limits on input").
/// </summary>
public static class InputBombs
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The generic score header, and a clean file of two rows with it.</summary>
    public const string GoodCsv = "season,stage,track,panel,judge,project,criterion,score\nEXT-1,r1,T,P,J1,X1,c,1\nEXT-1,r1,T,P,J2,X1,c,2\n";

    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly string[] s_header = GoodCsv[..GoodCsv.IndexOf('\n')].Split(',');

    /// <summary>
    /// A workbook whose header is the generic score header (the first eight shared strings) with one good row, and whose
    /// shared string table then holds <paramref name="items"/> more items: 75 million make 1.3 GB of XML in a 2-3 MB
    /// file. The reader of before issue 12 loaded the whole table, 4 GB, then landed the row.
    /// </summary>
    public static void SharedStrings(string path, long items, string item = "<si><t>a</t></si>")
    {
        var header = string.Concat(s_header.Select((_, i) => $"<c t=\"s\"><v>{i}</v></c>"));
        var row = string.Concat("EXT-1,r1,T,P,J1,X1,c,1".Split(',').Select(v => $"<c t=\"inlineStr\"><is><t>{v}</t></is></c>"));
        var sheet = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\">{header}</row><row r=\"2\">{row}</row></sheetData></worksheet>";
        var head = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">" + string.Concat(s_header.Select(n => $"<si><t>{n}</t></si>"));
        Workbook(path, s => Write(s, sheet), s => Repeat(s, head, item, items, "</sst>"));
    }

    /// <summary>
    /// A workbook whose header row has <paramref name="cells"/> cells, each the one shared string "h": 40 million make
    /// 840 MB of XML in a 1-2 MB file; the reader of before issue 12 held every cell of the row, 2.7 GB.
    /// </summary>
    public static void HeaderRow(string path, long cells) => Workbook(
        path,
        s => Repeat(s, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\">", "<c t=\"s\"><v>0</v></c>", cells, "</row></sheetData></worksheet>"),
        s => Write(s, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\"><si><t>h</t></si></sst>"));

    /// <summary>A workbook of one sheet, its XML written by <paramref name="sheet"/> (and the shared strings, if given).</summary>
    public static void Workbook(string path, Action<Stream> sheet, Action<Stream>? shared = null)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var sharedType = shared is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
        var sharedRel = shared is null ? "" : $"<Relationship Id=\"rId2\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        Entry(zip, "[Content_Types].xml", s => Write(s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + sharedType + "</Types>"));
        Entry(zip, "_rels/.rels", s => Write(s,
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        Entry(zip, "xl/workbook.xml", s => Write(s,
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets><sheet name=\"成绩\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        Entry(zip, "xl/_rels/workbook.xml.rels", s => Write(s,
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/>{sharedRel}</Relationships>"));
        Entry(zip, "xl/worksheets/sheet1.xml", sheet);
        if (shared is not null)
        {
            Entry(zip, "xl/sharedStrings.xml", shared);
        }
    }

    /// <summary>
    /// A teams export of one record whose name is <paramref name="nameBytes"/> bytes long, streamed to the file: 300 MB
    /// took the reader of before issue 12 to 2.5 GB, and landed (quarantined, the name being over the cell limit).
    /// </summary>
    public static void JsonRecord(string path, long nameBytes)
    {
        using var file = File.Create(path);
        Repeat(file, "{\"data\": [{\"team_id\": \"T1\", \"lead_unit\": \"U1\", \"team_name\": \"", "x", nameBytes, "\"}]}");
    }

    /// <summary>
    /// A generic score CSV whose header has the eight score columns and 16,376 more (16,384, Excel's width) and
    /// <paramref name="rows"/> rows of the eight fields: every row is read as wide as the header, 128 KB of empty cells;
    /// 40,000 rows (1 MB) took the ingest of before issue 12 to 3 GB, reading 32,768 rows ahead.
    /// </summary>
    public static void WideHeaderCsv(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(string.Join(',', s_header));
        for (var i = s_header.Length; i < 16_384; i++)
        {
            writer.Write($",c{i}");
        }

        writer.Write('\n');
        for (var i = 0; i < rows; i++)
        {
            writer.Write($"EXT-1,r1,T,P,J{i},X1,c,1\n");
        }
    }

    /// <summary>
    /// A generic score CSV of <paramref name="seasons"/> rows, each in a season of its own: every season opens a lake
    /// partition; 3,000 (68 KB) took the ingest of before issue 12 to 22 GB and out of memory.
    /// </summary>
    public static void SeasonsCsv(string path, int seasons)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(GoodCsv[..(GoodCsv.IndexOf('\n') + 1)]);
        for (var i = 0; i < seasons; i++)
        {
            writer.Write($"S{i},r1,T,P,J1,X1,c,1\n");
        }
    }

    /// <summary>Writes <paramref name="head"/>, <paramref name="unit"/> <paramref name="count"/> times, then <paramref name="tail"/>.</summary>
    public static void Repeat(Stream stream, string head, string unit, long count, string tail)
    {
        Write(stream, head);
        var perBlock = Math.Max(1, (1 << 20) / unit.Length);
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, perBlock)));
        for (var left = count; left > 0; left -= perBlock)
        {
            stream.Write(block, 0, (int)(Math.Min(left, perBlock) * (block.Length / perBlock)));
        }

        Write(stream, tail);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static void Entry(ZipArchive zip, string name, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        write(stream);
    }
}
