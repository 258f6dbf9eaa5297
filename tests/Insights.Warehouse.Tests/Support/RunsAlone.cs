namespace Insights.Warehouse.Tests.Support;

/// <summary>
/// Tests that run the CLI as a child process and time it: they run alone, so that the timings they measure and the
/// moments they kill at are not skewed by other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cli";
}
