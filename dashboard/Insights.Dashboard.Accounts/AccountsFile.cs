using System.Text.Json;

namespace Insights.Dashboard.Accounts;

/// <summary>
/// The accounts file on disk: whole-file reads, writes through a temporary file renamed over it (a reader never sees
/// half a file), the exclusive lock of read-modify-writes, and a snapshot for the many reads that only look (the
/// dashboard checks every request's session against it) re-read only when the file changes.
/// </summary>
/// <param name="path">The accounts file.</param>
internal sealed class AccountsFile(string path)
{
    /// <summary>
    /// A file modified this close to when it was read may change again without its modification time or length
    /// changing (file systems keep times to a clock tick, and a new stamp has the length of the old one), so such a
    /// snapshot is not trusted: the file is read again until it has been still for this long.
    /// </summary>
    private static readonly TimeSpan s_settle = TimeSpan.FromSeconds(2);

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private Snapshot? _snapshot;

    /// <summary>The accounts file.</summary>
    public string Path => path;

    /// <summary>The accounts as last read, read again when the file has changed since (one stat per call otherwise).</summary>
    /// <returns>The accounts (not to be modified).</returns>
    public IReadOnlyList<DashboardUser> Current()
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return [];
        }

        var cached = Volatile.Read(ref _snapshot);
        if (cached is not null && cached.WriteTime == info.LastWriteTimeUtc && cached.Length == info.Length && cached.ReadAt - cached.WriteTime > s_settle)
        {
            return cached.Users;
        }

        // The stat is taken before the read: if the file is replaced in between, the next stat differs and reads again.
        // The machine's clock, not an injected one: it is compared with the file system's times.
        var readAt = DateTime.UtcNow;
        var users = Read();
        Volatile.Write(ref _snapshot, new Snapshot(info.LastWriteTimeUtc, info.Length, readAt, users));
        return users;
    }

    /// <summary>Reads the whole file now.</summary>
    /// <returns>The accounts (a new list).</returns>
    public List<DashboardUser> Read()
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<List<DashboardUser>>(stream, s_json) ?? [];
        }
        catch (FileNotFoundException)
        {
            return [];
        }
    }

    /// <summary>Writes the accounts through a temporary file of its own, renamed over the file (mode 0600).</summary>
    /// <param name="users">The accounts.</param>
    public void Write(List<DashboardUser> users)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = $"{path}.{Guid.NewGuid():N}.writing";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, users.OrderBy(u => u.Name, StringComparer.Ordinal).ToList(), s_json);
        }

        File.Move(temporary, path, overwrite: true);
        // This process's own change is seen at once, whatever the file system's clock.
        Volatile.Write(ref _snapshot, null);
    }

    /// <summary>
    /// The exclusive lock on <c>FILE.lock</c> (an advisory lock on Linux, honoured by every UserStore), waited for up
    /// to ten seconds: without it two processes could both read, change and write, and one change would be lost.
    /// </summary>
    /// <returns>The lock; disposing it releases it.</returns>
    public FileStream ExclusiveLock()
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                return new FileStream(path + ".lock", options);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(15);
            }
        }
    }

    private sealed record Snapshot(DateTime WriteTime, long Length, DateTime ReadAt, IReadOnlyList<DashboardUser> Users);
}
