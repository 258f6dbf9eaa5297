using Insights.Model.Review;

namespace Insights.Generator.Planning;

/// <summary>One row of a judging plan's <c>assignments.csv</c>.</summary>
/// <param name="Row">The row's number in the file, the header being row 1 (as a spreadsheet shows it).</param>
/// <param name="Stage">The stage the row assigns.</param>
/// <param name="Track">Track code, e.g. <c>T06</c>.</param>
/// <param name="Panel">Panel id, e.g. <c>T06-PRE-P</c>, <c>T06-ONS</c>, <c>T06-FIN</c>.</param>
/// <param name="JudgeId">Judge id, e.g. <c>EX00012</c>.</param>
/// <param name="ProjectId">
/// The project the judge scores in the written review (one row per sheet); empty on the on-site and final rows,
/// which list the panel's members.
/// </param>
public sealed record PlanRow(int Row, Stage Stage, string Track, string Panel, string JudgeId, string ProjectId);
