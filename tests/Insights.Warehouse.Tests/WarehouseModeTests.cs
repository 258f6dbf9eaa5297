using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// The warehouse file is owner-only on Unix (0600, and 0700 for the folders the build creates), as the lake and the
/// dashboard's accounts file are, whatever the process's umask gives DuckDB's own files; and no build folder is left.
/// </summary>
public sealed class WarehouseModeTests
{
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_warehouse_is_created_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes");
        }

        using var work = new TempDirectory("modes");
        var source = work.Combine("source");
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(source, "scores.csv"), "season,stage,track,panel,judge,project,criterion,score\nEXT-1,r1,T,P,J1,X1,c,1\n");
        await LakeRuns.LandAsync(source, work.Combine("lake"));
        var warehouse = work.Combine("data", "W.duckdb");

        LakeRuns.Build(work.Combine("lake"), warehouse);
        LakeRuns.Build(work.Combine("lake"), warehouse);

        Assert.Equal(FileMode, File.GetUnixFileMode(warehouse));
        Assert.Equal(FileMode | UnixFileMode.UserExecute, File.GetUnixFileMode(work.Combine("data")));
        Assert.Equal(["W.duckdb"], Directory.EnumerateFileSystemEntries(work.Combine("data")).Select(Path.GetFileName));
    }
}
