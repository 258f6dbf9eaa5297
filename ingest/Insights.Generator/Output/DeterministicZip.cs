using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Insights.Generator.Output;

/// <summary>
/// Rewrites a zip-based document (XLSX) so the same content gives the same bytes: fixed entry timestamps and
/// stable relationship ids. Spreadsheet libraries stamp the current time on entries and some draw random ids.
/// </summary>
public static partial class DeterministicZip
{
    /// <summary>The timestamp every entry gets.</summary>
    public static readonly DateTimeOffset Timestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Rewrites <paramref name="path"/> in place.</summary>
    /// <param name="path">A zip file.</param>
    public static void Normalize(string path)
    {
        var entries = new List<(string Name, byte[] Content)>();
        using (var source = ZipFile.OpenRead(path))
        {
            foreach (var entry in source.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        }

        // Random relationship ids ("R" + 32 hex digits) become rIdX1, rIdX2 … ("rIdX" + N) in order of first appearance.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Stable(Match m)
        {
            if (!ids.TryGetValue(m.Value, out var id))
            {
                ids[m.Value] = id = "rIdX" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return id;
        }

        var temp = path + ".tmp";
        using (var target = ZipFile.Open(temp, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var bytes = content;
                if (name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal))
                {
                    var text = Encoding.UTF8.GetString(content);
                    var stable = RandomId().Replace(text, Stable);
                    if (!ReferenceEquals(stable, text))
                    {
                        bytes = Encoding.UTF8.GetBytes(stable);
                    }
                }

                var entry = target.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Timestamp;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    [GeneratedRegex("\\bR[0-9a-f]{32}\\b")]
    private static partial Regex RandomId();
}
