using Insights.Ingest.Pipeline;
using Insights.Ingest.Tests.Limits;

namespace Insights.Ingest.Tests.Lake;

/// <summary>
/// The lake is created owner-only on Unix, as the dashboard's accounts file is: every folder it creates 0700 (the
/// missing parents of its root too), every file 0600 (Parquet files, manifests).
/// </summary>
public sealed class OwnerOnlyModeTests : IDisposable
{
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode FolderMode = FileMode | UnixFileMode.UserExecute;
    private readonly BombFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Every_folder_and_file_of_a_new_lake_is_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes");
        }

        var lake = Path.Combine(_folder.Root, "data", "more", "lake");
        var outcomes = await new LakeIngestor(new IngestOptions(_folder.Source, lake, "2024-JS", BombFolder.Key)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("landed", Assert.Single(outcomes).Status);

        var folders = Directory.EnumerateDirectories(lake, "*", SearchOption.AllDirectories).Append(lake).Append(Path.Combine(_folder.Root, "data")).ToList();
        var files = Directory.EnumerateFiles(lake, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith(".parquet", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".json", StringComparison.Ordinal));
        Assert.All(folders, f => Assert.True(File.GetUnixFileMode(f) == FolderMode, $"{f}: {File.GetUnixFileMode(f)}"));
        Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == FileMode, $"{f}: {File.GetUnixFileMode(f)}"));
    }
}
