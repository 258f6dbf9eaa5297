namespace Insights.Planning;

/// <summary>How to plan.</summary>
/// <param name="PerProject">Judges per project in the written review.</param>
/// <param name="LoadMax">Most written sheets per judge (a judge's own <see cref="PlanJudge.MaxLoad"/> wins when lower); null for no limit.</param>
/// <param name="Conflict">What makes a judge conflicted on a project.</param>
/// <param name="PanelSize">Judges per on-site and final panel.</param>
/// <param name="Seed">Seed of the randomised parts (tie-breaking costs, the search, the random baseline): the same seed and input give the same plan.</param>
/// <param name="SearchRounds">Improvement passes over the written sheets (each pass tries one swap per sheet).</param>
public sealed record PlanOptions(
    int PerProject = 5,
    int? LoadMax = null,
    ConflictRule Conflict = ConflictRule.Unit,
    int PanelSize = 7,
    ulong Seed = 1,
    int SearchRounds = 20);
