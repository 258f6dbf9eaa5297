using System.Text.Json;

namespace Insights.Ingest.Pipeline;

/// <summary>
/// Which files of a source folder an ingest reads: the files its export manifest (<c>manifest.json</c> with a
/// <c>files</c> list, as <c>insights generate</c> writes) lists, else every CSV, TSV, TXT, XLSX and JSON file under
/// it except hidden ones and the manifest itself. A generated season's <c>truth/</c> folder is never read.
/// </summary>
public static class SourceFiles
{
    private static readonly string[] s_extensions = [".csv", ".tsv", ".txt", ".xlsx", ".json"];

    /// <summary>The files to ingest, as (full path, path relative to the source) in a stable order.</summary>
    /// <param name="source">A folder or one file.</param>
    public static IReadOnlyList<(string Full, string Relative)> List(string source)
    {
        if (File.Exists(source))
        {
            return [(Path.GetFullPath(source), Path.GetFileName(source))];
        }

        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"找不到源目录或文件 {source} / no source folder or file {source}");
        }

        var root = Path.GetFullPath(source);
        var manifest = Path.Combine(root, "manifest.json");
        if (File.Exists(manifest) && FromManifest(root, manifest) is { } listed)
        {
            return listed;
        }

        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => s_extensions.Contains(Path.GetExtension(f.Full).ToLowerInvariant()))
            .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.') || part == "truth"))
            .Where(f => f.Relative != "manifest.json")
            .OrderBy(f => f.Relative, StringComparer.Ordinal)];
    }

    private static List<(string, string)>? FromManifest(string root, string manifest)
    {
        try
        {
            using var stream = File.OpenRead(manifest);
            using var document = JsonDocument.Parse(stream);
            if (!document.RootElement.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var list = new List<(string, string)>();
            foreach (var file in files.EnumerateArray())
            {
                if (file.TryGetProperty("path", out var path) && path.GetString() is { Length: > 0 } relative)
                {
                    var full = Path.GetFullPath(Path.Combine(root, relative));
                    if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    {
                        throw new InvalidDataException($"清单中的路径越出源目录：{relative} / a manifest path leaves the source folder: {relative}");
                    }

                    list.Add((full, relative.Replace('\\', '/')));
                }
            }

            return list.Count > 0 ? [.. list.OrderBy(f => f.Item2, StringComparer.Ordinal)] : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
