namespace Insights.Model.Reference;

/// <summary>A rule of the notice that Insights checks, with the clause it comes from.</summary>
/// <param name="Id">Stable rule id, e.g. <c>R-TEAM-MAX-REPRESENTATIVES</c>; findings cite it.</param>
/// <param name="Clause">Clause of the notice, e.g. 五（一）2.</param>
/// <param name="Kind">What the rule is about: entrant, team, project, review, timeline, award, complaint, naming.</param>
/// <param name="Value">The rule's limit or date where it has one, as written in the data file; empty otherwise.</param>
/// <param name="TextZh">The rule in the notice's words.</param>
/// <param name="TextEn">The rule in English.</param>
public sealed record CompetitionRule(string Id, string Clause, string Kind, string Value, string TextZh, string TextEn);
