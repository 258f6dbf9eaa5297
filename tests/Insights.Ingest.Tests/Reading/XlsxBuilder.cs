using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Insights.Ingest.Tests.Reading;

/// <summary>Builds XLSX files by zipping hand-written SpreadsheetML, so tests control every cell's exact markup.</summary>
public static class XlsxBuilder
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A workbook whose sheets are <paramref name="sheets"/> (name, worksheet XML), or one sheet "Sheet1".</summary>
    public static byte[] Build(string? sheet = null, string? sharedStrings = null, string? styles = null, bool date1904 = false, params (string Name, string Xml)[] sheets)
    {
        if (sheets.Length == 0)
        {
            sheets = [("Sheet1", sheet ?? Sheet())];
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var overrides = new StringBuilder();
            var rels = new StringBuilder();
            var sheetList = new StringBuilder();
            for (var i = 0; i < sheets.Length; i++)
            {
                var n = i + 1;
                overrides.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{n}\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>");
                sheetList.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{SecurityElement.Escape(sheets[i].Name)}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>");
                Add(zip, $"xl/worksheets/sheet{n}.xml", sheets[i].Xml);
            }

            if (sharedStrings is not null)
            {
                overrides.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
                rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdS\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
                Add(zip, "xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">{sharedStrings}</sst>");
            }

            if (styles is not null)
            {
                overrides.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
                rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdT\" Type=\"{Rel}/styles\" Target=\"styles.xml\"/>");
                Add(zip, "xl/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{Main}\">{styles}</styleSheet>");
            }

            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + overrides + "</Types>");
            Add(zip, "_rels/.rels",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\">"
                + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + $"<sheets>{sheetList}</sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>");
        }

        return buffer.ToArray();
    }

    public static string Sheet(params string[] rows) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>{string.Concat(rows)}</sheetData></worksheet>";

    public static string Row(int? r, params string[] cells) => r is { } n ? $"<row r=\"{n}\">{string.Concat(cells)}</row>" : $"<row>{string.Concat(cells)}</row>";

    public static string Inline(string? reference, string text) => $"<c{Ref(reference)} t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is></c>";

    public static string Shared(string? reference, int index) => $"<c{Ref(reference)} t=\"s\"><v>{index}</v></c>";

    public static string Number(string? reference, string value, int? style = null) =>
        $"<c{Ref(reference)}{(style is { } s ? $" s=\"{s}\"" : "")}><v>{value}</v></c>";

    public static string Formula(string? reference, string formula, string? cached, string? type = null) =>
        $"<c{Ref(reference)}{(type is null ? "" : $" t=\"{type}\"")}><f>{SecurityElement.Escape(formula)}</f>{(cached is null ? "" : $"<v>{SecurityElement.Escape(cached)}</v>")}</c>";

    public static string Bool(string? reference, bool value) => $"<c{Ref(reference)} t=\"b\"><v>{(value ? 1 : 0)}</v></c>";

    public static string SharedItem(string text) => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></si>";

    private static string Ref(string? reference) => reference is null ? "" : $" r=\"{reference}\"";

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
