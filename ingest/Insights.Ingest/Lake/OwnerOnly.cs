namespace Insights.Ingest.Lake;

/// <summary>
/// Creates the lake's and the warehouse's files and folders readable by their owner only on Unix (files 0600, folders
/// 0700), as the dashboard's accounts file is: they hold the competition's personal data (masked and hashed, but
/// names, units and scores in clear). Windows files keep the folder's access list.
/// </summary>
public static class OwnerOnly
{
    /// <summary>Mode of the files: read and write by the owner.</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Mode of the folders: read, write and enter by the owner.</summary>
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates a folder and any missing parents, each owner-only; existing folders are left as they are.</summary>
    /// <param name="path">The folder.</param>
    public static DirectoryInfo CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }

        // Directory.CreateDirectory(path, mode) gives the mode to the last folder only: create the missing ones one by one.
        var missing = new Stack<string>();
        for (var folder = Path.GetFullPath(path); !string.IsNullOrEmpty(folder) && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            missing.Push(folder);
        }

        var created = new DirectoryInfo(Path.GetFullPath(path));
        while (missing.TryPop(out var folder))
        {
            created = Directory.CreateDirectory(folder, FolderMode);
        }

        return created;
    }

    /// <summary>Opens a file that, when created, is owner-only.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">How to open it.</param>
    /// <param name="access">Read, write or both.</param>
    /// <param name="share">What others may do meanwhile.</param>
    /// <param name="bufferSize">The stream's buffer size.</param>
    /// <param name="options">File options.</param>
    public static FileStream Open(string path, System.IO.FileMode mode, FileAccess access, FileShare share = FileShare.None, int bufferSize = 4096, FileOptions options = FileOptions.None)
    {
        var settings = new FileStreamOptions { Mode = mode, Access = access, Share = share, BufferSize = bufferSize, Options = options };
        if (!OperatingSystem.IsWindows())
        {
            settings.UnixCreateMode = FileMode;
        }

        return new FileStream(path, settings);
    }

    /// <summary>Makes an existing file owner-only (a file another program created, such as DuckDB's database).</summary>
    /// <param name="path">The file.</param>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }
}
