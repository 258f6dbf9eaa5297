[assembly: AssemblyFixture(typeof(Insights.Warehouse.Tests.Support.SharedFoldersCleanup))]

namespace Insights.Warehouse.Tests.Support;

/// <summary>Removes the generated seasons and the CLI copy once every test of the assembly has run.</summary>
public sealed class SharedFoldersCleanup : IDisposable
{
    /// <inheritdoc />
    public void Dispose()
    {
        GeneratedSeasonFiles.DeleteAll();
        Cli.DeleteSnapshot();
    }
}
