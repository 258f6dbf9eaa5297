namespace Insights.Warehouse.Tests.Support;

/// <summary>A fresh folder under the tests' temporary root, removed on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the folder.</summary>
    /// <param name="label">A word for the folder name, to tell test folders apart.</param>
    public TempDirectory(string label)
    {
        Path = System.IO.Path.Combine(TestPaths.TempRoot, $"{label}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    /// <param name="parts">Relative path parts.</param>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a killed child process: the temporary root is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
