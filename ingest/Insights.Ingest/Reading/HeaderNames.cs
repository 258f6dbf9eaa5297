using System.Globalization;
using System.Text;

namespace Insights.Ingest.Reading;

/// <summary>Normalizes and checks header names.</summary>
internal static class HeaderNames
{
    /// <summary>
    /// Trims, removes byte-order marks and zero-width spaces, folds full-width ASCII to half-width and collapses runs of
    /// whitespace to one space.
    /// </summary>
    internal static string Normalize(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var original in raw)
        {
            if (original is '\uFEFF' or '\u200B')
            {
                continue;
            }

            var c = TextFolding.Fold(original);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The normalized header. Trailing empty names are dropped when <paramref name="dropTrailingEmpty"/> (spreadsheet
    /// exports often end lines with a separator); any other empty name, or a name twice, throws.
    /// </summary>
    /// <exception cref="SourceFileException">An empty or duplicate name.</exception>
    internal static string[] Build(IReadOnlyList<string?> raw, string path, long? row, bool dropTrailingEmpty)
    {
        var names = new List<string>(raw.Count);
        foreach (var name in raw)
        {
            names.Add(Normalize(name));
        }

        if (dropTrailingEmpty)
        {
            while (names.Count > 0 && names[^1].Length == 0)
            {
                names.RemoveAt(names.Count - 1);
            }
        }

        var seen = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (names[i].Length == 0)
            {
                throw new SourceFileException(path, $"表头第 {number} 列的列名为空", $"the name of header column {number} is empty", row);
            }

            if (seen.TryGetValue(names[i], out var first))
            {
                var firstNumber = (first + 1).ToString(CultureInfo.InvariantCulture);
                throw new SourceFileException(
                    path,
                    $"表头列名重复：第 {firstNumber} 列和第 {number} 列都叫“{names[i]}”",
                    $"duplicate header name: columns {firstNumber} and {number} are both \"{names[i]}\"",
                    row,
                    names[i]);
            }

            seen[names[i]] = i;
        }

        return [.. names];
    }
}
