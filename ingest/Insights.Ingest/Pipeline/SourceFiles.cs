using System.Text.Json;

namespace Insights.Ingest.Pipeline;

/// <summary>
/// Which files of a source folder an ingest reads: the files its export manifest (<c>manifest.json</c> with a
/// <c>files</c> list, as <c>insights generate</c> writes) lists, else every CSV, TSV, TXT, XLSX and JSON file under
/// it except hidden ones and the manifest itself. A generated season's <c>truth/</c> folder is never read.
/// </summary>
/// <remarks>
/// Symbolic links under the folder are never followed, whether they name a file or a folder, inside it or not: a
/// link can make an ingest read (and land in the lake) any file the user can read, <c>~/.ssh</c> or another
/// season's data. They are reported as skipped with the reason; so is a manifest too large to be one. The folder (or file) given itself may be a link:
/// that is the user's own choice.
/// </remarks>
public static class SourceFiles
{
    /// <summary>Largest manifest read (the generator's is a few kilobytes).</summary>
    public const long MaxManifestBytes = 16L * 1024 * 1024;

    private static readonly string[] s_extensions = [".csv", ".tsv", ".txt", ".xlsx", ".json"];

    /// <summary>The files to ingest, as (full path, path relative to the source) in a stable order.</summary>
    /// <param name="source">A folder or one file.</param>
    /// <param name="skipped">Receives the entries that are not read and why, when given.</param>
    public static IReadOnlyList<(string Full, string Relative)> List(string source, List<SkippedFile>? skipped = null)
    {
        skipped ??= [];
        if (File.Exists(source))
        {
            return [(Path.GetFullPath(source), Path.GetFileName(source))];
        }

        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"找不到源目录或文件 {source} / no source folder or file {source}");
        }

        var root = Path.GetFullPath(source);
        var manifest = new FileInfo(Path.Combine(root, "manifest.json"));
        if (manifest.Exists && Usable(manifest, skipped) && FromManifest(root, manifest.FullName, skipped) is { } listed)
        {
            return listed;
        }

        var files = new List<(string Full, string Relative)>();
        Walk(root, new DirectoryInfo(root), files, skipped);
        return [.. files.OrderBy(f => f.Relative, StringComparer.Ordinal)];
    }

    private static void Walk(string root, DirectoryInfo folder, List<(string Full, string Relative)> files, List<SkippedFile> skipped)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            var isFolder = entry is DirectoryInfo;
            if (entry.Name.StartsWith('.') || (isFolder && entry.Name == "truth") || relative == "manifest.json")
            {
                continue;
            }

            var wanted = isFolder || s_extensions.Contains(Path.GetExtension(entry.Name).ToLowerInvariant()) || Rules.RulesFile.IsRulesFileName(entry.Name);
            if (!wanted)
            {
                continue;
            }

            if (Link(entry) is { } target)
            {
                skipped.Add(LinkSkipped(relative, target));
            }
            else if (entry is DirectoryInfo directory)
            {
                Walk(root, directory, files, skipped);
            }
            else
            {
                files.Add((entry.FullName, relative));
            }
        }
    }

    /// <summary>The target of a symbolic link (or other reparse point); null for a plain file or folder.</summary>
    private static string? Link(FileSystemInfo entry) =>
        entry.LinkTarget ?? (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) ? "?" : null);

    private static SkippedFile LinkSkipped(string relative, string target) => new(
        relative,
        $"是符号链接（指向 {target}），未跟随：源目录中的链接可能指向目录之外；请把文件本身复制进来",
        $"a symbolic link (to {target}), not followed: a link in the source folder can point outside it; copy the file itself in");

    private static bool Usable(FileInfo manifest, List<SkippedFile> skipped)
    {
        if (Link(manifest) is { } target)
        {
            skipped.Add(LinkSkipped("manifest.json", target));
            return false;
        }

        if (manifest.Length > MaxManifestBytes)
        {
            skipped.Add(new SkippedFile(
                "manifest.json",
                "清单大于 16 MiB，不作为清单读取；改为读取目录中的全部文件",
                "the manifest is larger than 16 MiB: not read as one; every file of the folder is read instead"));
            return false;
        }

        return true;
    }

    private static List<(string, string)>? FromManifest(string root, string manifest, List<SkippedFile> skipped)
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
            var links = skipped.Count;
            foreach (var file in files.EnumerateArray())
            {
                if (file.TryGetProperty("path", out var path) && path.GetString() is { Length: > 0 } relative)
                {
                    var full = Path.GetFullPath(Path.Combine(root, relative));
                    if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    {
                        throw new InvalidDataException($"清单中的路径越出源目录：{relative} / a manifest path leaves the source folder: {relative}");
                    }

                    if (LinkOnPath(root, full) is { } link)
                    {
                        skipped.Add(LinkSkipped(relative.Replace('\\', '/'), link));
                        continue;
                    }

                    list.Add((full, relative.Replace('\\', '/')));
                }
            }

            return list.Count > 0 || skipped.Count > links ? [.. list.OrderBy(f => f.Item2, StringComparer.Ordinal)] : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The target of the first symbolic link on the way from <paramref name="root"/> down to <paramref name="full"/>.</summary>
    private static string? LinkOnPath(string root, string full)
    {
        var path = root;
        foreach (var part in Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar))
        {
            path = Path.Combine(path, part);
            FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (entry.Exists && Link(entry) is { } target)
            {
                return target;
            }
        }

        return null;
    }
}
