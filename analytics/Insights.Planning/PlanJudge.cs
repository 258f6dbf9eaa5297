namespace Insights.Planning;

/// <summary>A judge of the pool a plan draws from.</summary>
/// <param name="Id">Judge id (专家编号).</param>
/// <param name="Name">Name, empty when unknown.</param>
/// <param name="Unit">Employer (工作单位), empty when unknown: no unit conflict can then be decided.</param>
/// <param name="City">City, empty when unknown.</param>
/// <param name="Tags">Track or problem codes the judge may review; empty means any track.</param>
/// <param name="MaxLoad">The judge's own limit of written sheets, or null for the plan's limit.</param>
public sealed record PlanJudge(string Id, string Name, string Unit, string City, IReadOnlySet<string> Tags, int? MaxLoad = null);
