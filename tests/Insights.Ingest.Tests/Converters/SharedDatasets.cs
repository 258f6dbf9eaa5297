namespace Insights.Ingest.Tests.Converters;

/// <summary>
/// The real rating data sets in shared/datasets beside the clone: found by walking up from the test binaries to the
/// folder holding Insights.sln, then ../shared/datasets (CI places shared/ there too).
/// </summary>
internal static class SharedDatasets
{
    private static readonly Lazy<string> s_root = new(Find);

    public static string Root => s_root.Value;

    public static string Isu => Path.Combine(Root, "isu-figure-skating-2016-17");

    public static string Essays => Path.Combine(Root, "essay-ratings-wind-hua");

    /// <summary>Data rows of a source CSV file counted as lines minus the header, without the converters' code.</summary>
    public static int DataLines(string path) => File.ReadLines(path).Skip(1).Count(line => line.Length > 0);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Insights.sln")))
            {
                var datasets = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets"));
                return Directory.Exists(datasets)
                    ? datasets
                    : throw new DirectoryNotFoundException($"找不到共享数据集 / shared data sets not found: {datasets} (expected beside the clone of {dir.FullName})");
            }
        }

        throw new DirectoryNotFoundException($"从 {AppContext.BaseDirectory} 向上找不到 Insights.sln / no Insights.sln above {AppContext.BaseDirectory}");
    }
}
