namespace Insights.Dashboard.Tests.Support;

/// <summary>Places in the repository the tests run from: its root (the folder of Insights.sln) and the screenshots folder.</summary>
public static class Repository
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Insights.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"no Insights.sln above {AppContext.BaseDirectory}");
    });

    /// <summary>The repository's root.</summary>
    public static string Root => s_root.Value;

    /// <summary>artifacts/screenshots/ at the root, created when missing.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;
}
