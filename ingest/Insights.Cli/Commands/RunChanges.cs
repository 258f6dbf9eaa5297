using System.Security.Cryptography;
using Insights.Ingest.Pipeline;
using Insights.Warehouse.Reading;
using Insights.Warehouse.Reading.Seasons;
using Insights.Warehouse.Reading.Versions;

namespace Insights.Cli.Commands;

/// <summary>
/// What <c>insights run</c> finds changed on an existing warehouse: the source folders (the season's
/// <c>DATA/SEASON/source</c> and the drop folder <c>DATA/incoming</c>) holding a file the warehouse has no batch of (by
/// SHA-256, the lake's own identity of a file), and after the ingest the seasons whose scores have no current analysis.
/// </summary>
internal static class RunChanges
{
    /// <summary>The folder beside the season's source where new data files are dropped for the next run.</summary>
    public const string Incoming = "incoming";

    /// <summary>The source folders with new or changed files, with those files (relative names).</summary>
    /// <param name="warehouse">The existing warehouse.</param>
    /// <param name="folders">The source folders to look at (missing ones are skipped).</param>
    public static IReadOnlyList<(string Folder, IReadOnlyList<string> Files)> Pending(string warehouse, IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var landed = Landed(warehouse);
        var pending = new List<(string, IReadOnlyList<string>)>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var changed = SourceFiles.List(folder).Where(f => !landed.Contains(Sha256(f.Full))).Select(f => f.Relative).ToList();
            if (changed.Count > 0)
            {
                pending.Add((folder, changed));
            }
        }

        return pending;
    }

    /// <summary>The seasons with scores whose analysis is missing or was dropped by the last build (input changed).</summary>
    /// <param name="warehouse">The warehouse.</param>
    public static IReadOnlyList<string> Unanalysed(string warehouse)
    {
        using var connection = WarehouseCommands.OpenReadOnly(warehouse);
        return SeasonReader.Unanalysed(connection);
    }

    private static HashSet<string> Landed(string warehouse)
    {
        using var connection = WarehouseCommands.OpenReadOnly(warehouse);
        return [.. VersionReader.SourceHashes(connection).Select(h => h.ToLowerInvariant())];
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
