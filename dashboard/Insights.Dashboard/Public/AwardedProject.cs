namespace Insights.Dashboard.Public;

/// <summary>An awarded project as the award list publishes it (the notice's 七: announced on the official site).</summary>
/// <param name="Track">The track code.</param>
/// <param name="Tier">first, second, third or single.</param>
/// <param name="ProjectName">The project's name as registered (empty when the registration has none).</param>
public sealed record AwardedProject(string Track, string Tier, string ProjectName);
