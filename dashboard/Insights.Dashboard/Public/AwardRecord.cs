namespace Insights.Dashboard.Public;

/// <summary>An award to a project, as the award list announces it.</summary>
/// <param name="Track">The track.</param>
/// <param name="Tier">first, second, third or single.</param>
/// <param name="ProjectId">The awarded project.</param>
internal sealed record AwardRecord(string Track, string Tier, string ProjectId);
