namespace Insights.Model.Reference;

/// <summary>A problem statement (赛题) of a track.</summary>
/// <param name="Code">Stable code: track code, <c>-P</c>, two-digit number (<c>T01-P01</c>).</param>
/// <param name="TrackCode">The track the problem belongs to.</param>
/// <param name="Number">The problem's number within its track (赛题1 = 1).</param>
/// <param name="TitleZh">Title exactly as written in the notice.</param>
/// <param name="TitleEn">English translation of the title.</param>
/// <param name="DescriptionZh">The notice's description, verbatim, on one line.</param>
public sealed record Problem(string Code, string TrackCode, int Number, string TitleZh, string TitleEn, string DescriptionZh);
