namespace Insights.Warehouse.Reading;

/// <summary>
/// Replaces a DuckDB warehouse file so that a reader never finds it missing or locked: writers work on a file beside
/// it and rename that over it when done. rename(2) is atomic, so at every moment the path names either the old
/// complete file or the new one; a reader that opened the old one keeps reading it until it closes.
/// </summary>
public static class WarehouseFiles
{
    /// <summary>DuckDB's write-ahead log of a database file.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The log's path.</returns>
    public static string Wal(string path) => path + ".wal";

    /// <summary>Deletes a database file and its write-ahead log, if they exist.</summary>
    /// <param name="path">The database file.</param>
    public static void Delete(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.Delete(path);
        File.Delete(Wal(path));
    }

    /// <summary>
    /// Copies a warehouse (and its write-ahead log, when it has one) to <paramref name="aside"/> for a writer to change
    /// while readers keep the original. File modes are copied with the file (owner-only stays owner-only).
    /// </summary>
    /// <param name="path">The warehouse.</param>
    /// <param name="aside">The copy to write; replaced if it exists.</param>
    /// <exception cref="FileNotFoundException">The warehouse does not exist.</exception>
    public static void CopyAside(string path, string aside)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(aside);
        Delete(aside);
        File.Copy(path, aside);
        if (File.Exists(Wal(path)))
        {
            File.Copy(Wal(path), Wal(aside));
        }
    }

    /// <summary>
    /// Renames a complete, closed and checkpointed database file over the warehouse in one step. The old file's
    /// write-ahead log is removed first: DuckDB would replay it onto the new file.
    /// </summary>
    /// <param name="aside">The new file (closed; no write-ahead log left after its checkpoint).</param>
    /// <param name="path">The warehouse it replaces (it need not exist).</param>
    /// <exception cref="InvalidOperationException">The new file still has a write-ahead log (not checkpointed).</exception>
    public static void Replace(string aside, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(aside);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (File.Exists(Wal(aside)))
        {
            throw new InvalidOperationException($"新仓库文件未完成检查点 / the new warehouse file was not checkpointed: {Wal(aside)} exists.");
        }

        File.Delete(Wal(path));
        File.Move(aside, path, overwrite: true);
    }
}
