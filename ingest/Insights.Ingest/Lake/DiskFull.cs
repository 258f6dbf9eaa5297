namespace Insights.Ingest.Lake;

/// <summary>
/// Recognises a full disk (or an exhausted quota) in an exception, and says so in Chinese and English. A full disk is
/// not a fault of the file being landed: the ingest stops, and the command line reports it with the lake's own
/// error instead of a stack trace.
/// </summary>
public static class DiskFull
{
    // Windows: ERROR_HANDLE_DISK_FULL (0x27) and ERROR_DISK_FULL (0x70), bare or as HRESULTs (0x8007xxxx).
    private static readonly int[] s_windows = [0x27, 0x70, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    // Unix: .NET gives the raw errno as the HResult: ENOSPC is 28 on Linux and macOS; EDQUOT is 122 on Linux, 69 on macOS.
    private static readonly int[] s_unix = OperatingSystem.IsMacOS() ? [28, 69] : [28, 122];

    // Libraries that do their own I/O (DuckDB) report it in the message only.
    private static readonly string[] s_messages = ["No space left on device", "Disk quota exceeded", "There is not enough space on the disk"];

    /// <summary>Whether <paramref name="exception"/>, or one it wraps, is a full disk.</summary>
    /// <param name="exception">Any exception.</param>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is IOException && (OperatingSystem.IsWindows() ? s_windows : s_unix).Contains(e.HResult))
            {
                return true;
            }

            if (s_messages.Any(m => e.Message.Contains(m, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What to tell the user: the disk is full, what was kept, and the lake's (or warehouse's) own error.</summary>
    /// <param name="exception">The full-disk error.</param>
    /// <returns>The message in Chinese and in English.</returns>
    public static (string Zh, string En) Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var error = Reading.DisplayText.Escape(exception.Message);
        return (
            $"磁盘已满，导入中止：{error}。此前已入库的文件保留，正在写入的批次不会生效，数据仓库保持原样；腾出空间后重新运行即可。",
            $"the disk is full, the ingest stopped: {error}. Files landed before stay landed, the batch being written is not committed and the warehouse is as it was; free some space and run the ingest again.");
    }
}
