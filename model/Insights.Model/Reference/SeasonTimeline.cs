namespace Insights.Model.Reference;

/// <summary>The stage windows of a season (notice 四（二）); deadlines that rules check are in <see cref="SeasonRules"/>.</summary>
/// <param name="PreliminaryStart">First day of the preliminary stage (初赛阶段).</param>
/// <param name="PreliminaryEnd">Last day of the preliminary stage.</param>
/// <param name="FinalStart">First day of the final stage (决赛阶段).</param>
/// <param name="FinalEnd">Last day of the final stage.</param>
/// <param name="AwardCeremonyStart">First day of the window for the award ceremony (颁奖仪式).</param>
/// <param name="AwardCeremonyEnd">Last day of that window.</param>
public sealed record SeasonTimeline(
    DateOnly PreliminaryStart,
    DateOnly PreliminaryEnd,
    DateOnly FinalStart,
    DateOnly FinalEnd,
    DateOnly AwardCeremonyStart,
    DateOnly AwardCeremonyEnd);
