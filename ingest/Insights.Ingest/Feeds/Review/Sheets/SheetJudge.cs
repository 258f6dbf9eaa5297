namespace Insights.Ingest.Feeds.Review.Sheets;

/// <summary>
/// The columns of one judge's group on a review sheet (-1 where the sheet has none): who the judge is, the original
/// mark, the standardized mark and the reconsidered mark.
/// </summary>
/// <param name="Ordinal">The judge's place on the sheet (专家一 = 1).</param>
/// <param name="Judge">The column naming the judge: the id, else the name, else the ordinal-only column.</param>
/// <param name="Score">The original mark (round 0).</param>
/// <param name="Standard">The standardized mark (标准分), or -1.</param>
/// <param name="Reconsidered">The reconsidered mark (round 1), or -1.</param>
/// <param name="RoundLabel">How the sheet names the reconsideration (复议), for round 1.</param>
public sealed record SheetJudge(int Ordinal, int Judge, int Score, int Standard, int Reconsidered, string RoundLabel)
{
    /// <summary>Every column of the group.</summary>
    public IEnumerable<int> Columns => new[] { Judge, Score, Standard, Reconsidered }.Where(c => c >= 0);
}
