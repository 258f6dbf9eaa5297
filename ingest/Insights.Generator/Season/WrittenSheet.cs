namespace Insights.Generator.Season;

/// <summary>One judge's sheet for one project in the written review.</summary>
/// <param name="Judge">The judge.</param>
/// <param name="Project">The project.</param>
/// <param name="Marks">The marks the judge meant, per criterion.</param>
/// <param name="Recorded">The marks keyed (differ from <paramref name="Marks"/> only by a planted typo).</param>
/// <param name="Typo">The criterion of the planted typo, −1 if none.</param>
internal sealed record WrittenSheet(JudgeRecord Judge, ProjectRecord Project, int[] Marks, int[] Recorded, int Typo);
