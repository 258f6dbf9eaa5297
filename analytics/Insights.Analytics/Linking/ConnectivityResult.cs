namespace Insights.Analytics.Linking;

/// <summary>The connected components of one analysis unit's scoring graph.</summary>
/// <param name="Components">Components, largest (judges + projects) first, ties by first judge id, then first project id.</param>
/// <param name="Judges">Number of distinct judges (vertices on the judge side).</param>
/// <param name="Projects">Number of distinct projects (vertices on the project side).</param>
/// <param name="Links">Number of links read, duplicates included.</param>
/// <param name="Findings">One <see cref="LinkingFindingKinds.Disconnected"/> finding when there is more than one component, else none.</param>
public sealed record ConnectivityResult(
    IReadOnlyList<ScoringComponent> Components,
    int Judges,
    int Projects,
    long Links,
    IReadOnlyList<LinkingFinding> Findings)
{
    /// <summary>Gets a value indicating whether the graph has at most one component (an empty graph counts as connected).</summary>
    public bool IsConnected => Components.Count <= 1;
}
