using System.Buffers;

namespace Insights.Ingest.Lake;

/// <summary>
/// The one way a path enters SQL text (issue 16's decision: values from users are always <c>$name</c> parameters;
/// paths Insights generates itself, the lake's folders and files under its own naming, may be written into SQL where
/// DuckDB takes no parameter, such as a view over <c>read_parquet</c>). The path must resolve inside the lake root,
/// through no symbolic link, and hold no control character, no line separator and none of DuckDB's glob characters
/// (<c>* ? [ ] { }</c>, which <c>read_parquet</c> would expand); it is then written as a single-quoted string literal
/// with every quote doubled.
/// </summary>
public static class LakeSql
{
    private static readonly SearchValues<char> s_glob = SearchValues.Create("*?[]{}");

    /// <summary>The path as an SQL string literal.</summary>
    /// <param name="path">A file or folder of the lake.</param>
    /// <param name="lakeRoot">The lake's root folder.</param>
    /// <returns>The literal, quotes included.</returns>
    /// <exception cref="LakePathException">The path is outside the lake, goes through a symbolic link, or holds a character refused.</exception>
    public static string Literal(string path, string lakeRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(lakeRoot);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
            {
                throw new LakePathException(path, "路径含控制字符或换行，不能写入 SQL", "the path holds a control character or a line break and may not be written into SQL");
            }

            if (char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new LakePathException(path, "路径含不成对的代理字符", "the path holds an unpaired surrogate");
            }
        }

        if (path.AsSpan().IndexOfAny(s_glob) >= 0)
        {
            throw new LakePathException(path, "路径含通配符（* ? [ ] { }），DuckDB 会将其展开", "the path holds a glob character (* ? [ ] { }) that DuckDB would expand");
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(lakeRoot));
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new LakePathException(path, $"路径不在数据湖 {root} 之内", $"the path is outside the lake {root}");
        }

        // A link inside the lake could point anywhere: every existing part below the root must be a plain file or folder.
        for (var part = full; part.Length > root.Length; part = Path.GetDirectoryName(part)!)
        {
            var info = Directory.Exists(part) ? (FileSystemInfo)new DirectoryInfo(part) : new FileInfo(part);
            if (info.Exists && info.LinkTarget is not null)
            {
                throw new LakePathException(path, "路径经过符号链接", "the path goes through a symbolic link");
            }
        }

        return "'" + full.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>The paths as an SQL list literal, <c>['a', 'b']</c>.</summary>
    /// <param name="paths">Files or folders of the lake.</param>
    /// <param name="lakeRoot">The lake's root folder.</param>
    /// <returns>The literal.</returns>
    /// <exception cref="LakePathException">A path is refused (see <see cref="Literal"/>).</exception>
    public static string List(IEnumerable<string> paths, string lakeRoot)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return "[" + string.Join(", ", paths.Select(p => Literal(p, lakeRoot))) + "]";
    }
}
