namespace Insights.Ingest.Feeds.Review.Sheets;

/// <summary>
/// Where everything is on a review sheet (one row per project, a group of columns per judge and stage), as recognised
/// from its header or given by a layout file. Column indexes are of the header; -1 where the sheet has none.
/// </summary>
/// <param name="Project">The project id column; -1: the row number (<c>row-N</c>) is the id.</param>
/// <param name="Track">The track column; -1: <see cref="FixedTrack"/> for every row.</param>
/// <param name="FixedTrack">The track of every row when there is no track column (<c>all</c> unless the layout says).</param>
/// <param name="Criterion">The criterion every mark is of (<c>total</c> unless the layout says).</param>
/// <param name="Stages">The stages, in order.</param>
/// <param name="Awards">Award labels the layout maps to tier codes (beside the built-in ones).</param>
/// <param name="Notes">What recognition guessed or ignored, column by column, for <c>layout suggest</c>.</param>
public sealed record SheetLayout(
    int Project,
    int Track,
    string FixedTrack,
    string Criterion,
    IReadOnlyList<SheetStage> Stages,
    IReadOnlyDictionary<string, string> Awards,
    IReadOnlyList<string> Notes)
{
    /// <summary>The first column of a judge's group (where the sheet's marks begin).</summary>
    public int FirstJudgeColumn => Stages.SelectMany(s => s.Judges).SelectMany(j => j.Columns).DefaultIfEmpty(-1).Min();
}
