using Insights.Ingest.Pipeline;

namespace Insights.Ingest.Tests.Limits;

/// <summary>
/// A source folder holding a hostile file beside <c>good.csv</c> (<see cref="InputBombs.GoodCsv"/>), ingested by the
/// real <see cref="LakeIngestor"/> into a lake of its own; deleted on dispose.
/// </summary>
public sealed class BombFolder : IDisposable
{
    public static readonly byte[] Key = "bomb-folder-tests-key-0123456789"u8.ToArray();

    public BombFolder()
    {
        Root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "insights-bombs-" + Guid.NewGuid().ToString("N"))).FullName;
        Source = Directory.CreateDirectory(Path.Combine(Root, "source")).FullName;
        File.WriteAllText(Path.Combine(Source, "good.csv"), InputBombs.GoodCsv);
    }

    public string Root { get; }

    public string Source { get; }

    public string Lake => Path.Combine(Root, "lake");

    /// <summary>A path in the source folder.</summary>
    public string In(string name) => Path.Combine(Source, name);

    /// <summary>Lands the folder with the default limits.</summary>
    public Task<IReadOnlyList<FileOutcome>> IngestAsync() =>
        new LakeIngestor(new IngestOptions(Source, Lake, "2024-JS", Key)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>
    /// Asserts that <paramref name="file"/> was refused whole, in both languages (the file named, and the given parts of
    /// each message), and that good.csv beside it landed all its rows.
    /// </summary>
    /// <returns>The refused file's outcome.</returns>
    public static FileOutcome AssertRefused(IReadOnlyList<FileOutcome> outcomes, string file, string zh, string en)
    {
        var good = Assert.Single(outcomes, o => o.File == "good.csv");
        Assert.True(good.Status == "landed" && good.RowsLanded == 2, $"good.csv: {good.Status} {good.RowsLanded} {good.ErrorEn}");
        var refused = Assert.Single(outcomes, o => o.File == file);
        Assert.True(refused.Status == "failed", $"{file}: {refused.Status}, {refused.RowsRead} rows read, {refused.RowsLanded} landed: {refused.ErrorEn}");
        Assert.Null(refused.BatchId);
        Assert.Equal(0, refused.RowsLanded);
        Assert.StartsWith(file, refused.ErrorZh, StringComparison.Ordinal);
        Assert.StartsWith(file, refused.ErrorEn, StringComparison.Ordinal);
        Assert.Contains("超出读取上限，整个文件不予导入：", refused.ErrorZh, StringComparison.Ordinal);
        Assert.Contains(zh, refused.ErrorZh, StringComparison.Ordinal);
        Assert.Contains("over a reading limit, the whole file is refused: ", refused.ErrorEn, StringComparison.Ordinal);
        Assert.Contains(en, refused.ErrorEn, StringComparison.Ordinal);
        return refused;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A reader a failed test left open: the OS cleans the temp folder.
        }
    }
}
