namespace Insights.Analytics.Tests.Support;

/// <summary>The real rating data of ../shared/datasets, found from the test binaries: CI lays shared/ beside the clone.</summary>
public static class SharedDatasets
{
    private static readonly Lazy<string> s_root = new(Locate);

    /// <summary>The shared/datasets folder.</summary>
    public static string Root => s_root.Value;

    /// <summary>The essay ratings (Wind and Hua): writing.csv.</summary>
    public static string EssayRatings => Path.Combine(Root, "essay-ratings-wind-hua", "writing.csv");

    /// <summary>The ISU figure skating folder.</summary>
    public static string FigureSkating => Path.Combine(Root, "isu-figure-skating-2016-17");

    // Walk up to the folder holding Insights.sln, then ../shared/datasets.
    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Insights.sln")))
            {
                var datasets = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets"));
                return Directory.Exists(datasets)
                    ? datasets
                    : throw new DirectoryNotFoundException($"The shared datasets folder {datasets} (../shared/datasets from the repository) is missing.");
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds Insights.sln.");
    }
}
