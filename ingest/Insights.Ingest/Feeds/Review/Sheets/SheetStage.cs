namespace Insights.Ingest.Feeds.Review.Sheets;

/// <summary>One stage of a review sheet: its label, its judges' groups and its per-project columns (-1 where none).</summary>
/// <param name="Label">The stage's label in the warehouse (<c>stage1</c>, <c>stage2</c>, or the layout's).</param>
/// <param name="Judges">The judges' groups, in sheet order.</param>
/// <param name="Panel">The panel column; -1: the panel is the row's judges of the stage, ids sorted and joined by +.</param>
/// <param name="Total">The published total (总分).</param>
/// <param name="Rank">The published rank (排名).</param>
/// <param name="Award">The award (奖项).</param>
public sealed record SheetStage(string Label, IReadOnlyList<SheetJudge> Judges, int Panel, int Total, int Rank, int Award);
