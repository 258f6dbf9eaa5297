namespace Insights.Dashboard.Public;

/// <summary>An award to a project, as the award list announces it.</summary>
/// <param name="Track">The track.</param>
/// <param name="Tier">first, second, third or single.</param>
/// <param name="ProjectId">The awarded project.</param>
/// <param name="ProjectName">Its name as registered, or null (public with the award list).</param>
internal sealed record AwardRecord(string Track, string Tier, string ProjectId, string? ProjectName = null);
