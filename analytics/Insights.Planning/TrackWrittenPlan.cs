using Insights.Planning.Design;

namespace Insights.Planning;

/// <summary>The written review of one track as planned, with the design's quality and a random design's of the same loads.</summary>
/// <param name="Track">Track code.</param>
/// <param name="Panel">The panel id of the track's written review.</param>
/// <param name="Projects">The track's projects.</param>
/// <param name="Judges">Each project's judges, in the order of <paramref name="Projects"/>.</param>
/// <param name="Quality">The plan's design quality.</param>
/// <param name="Random">A random design with the same loads and raters (the switch chain from the plan), mean over draws.</param>
/// <param name="RandomDesigns">The random designs measured (each project's judges), the first of which the plan's files keep as the baseline.</param>
public sealed record TrackWrittenPlan(
    string Track,
    string Panel,
    IReadOnlyList<PlanProject> Projects,
    IReadOnlyList<IReadOnlyList<PlanJudge>> Judges,
    DesignQuality Quality,
    DesignQuality Random,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<PlanJudge>>> RandomDesigns);
