namespace Insights.Generator.Season;

/// <summary>One planted problem, as the truth folder lists it.</summary>
/// <param name="Id">Sequential id, <c>PL01</c>...</param>
/// <param name="Kind">What was planted, e.g. <c>lenient_judge</c>.</param>
/// <param name="Track">Track code, if the problem is in one track.</param>
/// <param name="Stage">Stage code, if the problem is in one stage.</param>
/// <param name="Judges">Judge ids involved.</param>
/// <param name="Projects">Project ids involved.</param>
/// <param name="Units">Unit credit codes involved.</param>
/// <param name="Detection">The rule id or analytics finding expected to catch it.</param>
/// <param name="DetailZh">What was planted, in Chinese.</param>
/// <param name="DetailEn">What was planted, in English.</param>
internal sealed record PlantedProblem(
    string Id, string Kind, string Track, string Stage, string Judges, string Projects, string Units, string Detection, string DetailZh, string DetailEn);
