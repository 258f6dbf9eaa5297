using Insights.Ingest.Reading;

namespace Insights.Planning.Files;

/// <summary>Finds a file's columns by their accepted names (Chinese or English, case and spaces ignored).</summary>
internal static class HeaderColumns
{
    /// <summary>The index of the first column whose name is one of <paramref name="names"/>, or −1.</summary>
    public static int Find(IReadOnlyList<string> header, params string[] names)
    {
        for (var i = 0; i < header.Count; i++)
        {
            var name = Fold(header[i]);
            if (names.Any(n => Fold(n) == name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of a column that must be there; a bilingual error naming the accepted headers otherwise.</summary>
    public static int Require(TableReader reader, string what, params string[] names)
    {
        var index = Find(reader.Header, names);
        return index >= 0 ? index : throw new SourceFileException(reader.Path,
            $"缺少列“{what}”（可用列名：{string.Join("、", names)}）", $"the column '{what}' is missing (accepted headers: {string.Join(", ", names)})", 1, null);
    }

    /// <summary>The trimmed text of a cell, empty when the column or the cell is missing.</summary>
    public static string Cell(SourceRow row, int index) => index < 0 || index >= row.Cells.Length ? "" : (row.Cells[index] ?? "").Trim();

    private static string Fold(string name) => name.Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim().ToLowerInvariant();
}
