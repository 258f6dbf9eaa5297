using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Insights.Generator.Output;

/// <summary>
/// Writes a one-sheet XLSX cell by cell: numbers, text (inline strings, so numbers can be stored as text) and formulas
/// with their cached values, which the table writer cannot. Entries in a fixed order with a fixed time: the same cells
/// give the same bytes.
/// </summary>
public static class XlsxCellWriter
{
    /// <summary>Writes the sheet and returns the number of data rows.</summary>
    /// <param name="path">File to create.</param>
    /// <param name="sheetName">Sheet name.</param>
    /// <param name="header">Column names (row 1).</param>
    /// <param name="rows">Rows: <see cref="string"/> (text), <see cref="double"/> or <see cref="int"/> (numbers), <see cref="XlsxFormula"/>, or null (no cell).</param>
    public static long Write(string path, string sheetName, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        long count = 0;
        File.Delete(path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Entry(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal);
            sheet.LastWriteTime = DeterministicZip.Timestamp;
            using var writer = new StreamWriter(sheet.Open(), new UTF8Encoding(false));
            writer.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            WriteRow(writer, 1, header);
            var number = 1;
            foreach (var row in rows)
            {
                WriteRow(writer, ++number, row);
                count++;
            }

            writer.Write("</sheetData></worksheet>");
        }

        return count;
    }

    /// <summary>The column letters of a 0-based column index (0 → A, 26 → AA).</summary>
    /// <param name="index">Column index.</param>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    private static void WriteRow(StreamWriter writer, int number, IReadOnlyList<object?> cells)
    {
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{number}\">"));
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = Column(c) + number.ToString(CultureInfo.InvariantCulture);
            switch (cells[c])
            {
                case null:
                    break;
                case string text:
                    writer.Write($"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is></c>");
                    break;
                case XlsxFormula formula:
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><f>{SecurityElement.Escape(formula.Formula)}</f><v>{formula.Cached}</v></c>"));
                    break;
                case IFormattable value:
                    writer.Write($"<c r=\"{reference}\"><v>{value.ToString(null, CultureInfo.InvariantCulture)}</v></c>");
                    break;
                default:
                    throw new ArgumentException($"cell {reference}: unsupported value {cells[c]}", nameof(cells));
            }
        }

        writer.Write("</row>");
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = DeterministicZip.Timestamp;
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
