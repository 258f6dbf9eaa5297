namespace Insights.Warehouse.Reading.Public;

/// <summary>An award as the award list announces it (rpt_public_awards).</summary>
/// <param name="Track">The track.</param>
/// <param name="Tier">first, second, third or single.</param>
/// <param name="ProjectId">The awarded project.</param>
/// <param name="ProjectName">Its name as registered, or null.</param>
public sealed record PublicAwardRow(string Track, string Tier, string ProjectId, string? ProjectName);
