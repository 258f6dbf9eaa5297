namespace Insights.Analytics.Linking;

/// <summary>One edge of the bipartite scoring graph: a judge scored a project (once per criterion is fine).</summary>
/// <param name="JudgeId">The judge's id, e.g. <c>EX00001</c>; not null or empty.</param>
/// <param name="ProjectId">The project's id; not null or empty. Judge and project ids live in separate name spaces.</param>
public readonly record struct ScoringLink(string JudgeId, string ProjectId);
