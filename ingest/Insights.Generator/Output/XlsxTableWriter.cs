using MiniExcelLibs;

namespace Insights.Generator.Output;

/// <summary>Writes an XLSX workbook of one sheet with Chinese headers through MiniExcel, streaming the rows, then makes the bytes reproducible.</summary>
public static class XlsxTableWriter
{
    /// <summary>Writes the sheet and returns the number of data rows.</summary>
    /// <param name="path">File to create.</param>
    /// <param name="sheetName">Sheet name, e.g. 参赛单位.</param>
    /// <param name="header">Column names.</param>
    /// <param name="rows">Rows, one value per column: strings, numbers or <see cref="DateTime"/>; enumerated once, lazily.</param>
    /// <returns>Rows written.</returns>
    public static long Write(string path, string sheetName, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        long count = 0;
        IEnumerable<Dictionary<string, object?>> Records()
        {
            foreach (var row in rows)
            {
                if (row.Length != header.Count)
                {
                    throw new ArgumentException($"{path}: expected {header.Count} values, got {row.Length}", nameof(rows));
                }

                var record = new Dictionary<string, object?>(header.Count, StringComparer.Ordinal);
                for (var i = 0; i < header.Count; i++)
                {
                    record[header[i]] = row[i];
                }

                count++;
                yield return record;
            }
        }

        var sheets = new Dictionary<string, object> { [sheetName] = Records() };
        MiniExcel.SaveAs(path, sheets, printHeader: true, overwriteFile: true);
        DeterministicZip.Normalize(path);
        return count;
    }
}
