namespace Insights.Warehouse.Tests.Support;

/// <summary>Where things are: the repository root, and fresh temporary folders for the tests' lakes and warehouses.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);

    /// <summary>The folder holding Insights.sln.</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value;

    /// <summary>Root of every folder the tests of this project create.</summary>
    public static string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "insights-warehouse-tests");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Insights.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Insights.sln not found above " + AppContext.BaseDirectory);
    }
}
