namespace Insights.Generator.Review;

/// <summary>What <c>insights generate --review-sheet</c> writes.</summary>
/// <param name="OutputDirectory">Folder of <c>review.xlsx</c>.</param>
/// <param name="TruthDirectory">Folder of the planted truth (judges' severities, projects' quality).</param>
/// <param name="Projects">Projects (rows of the sheet).</param>
/// <param name="Seed">Random seed: the same seed gives byte-identical files.</param>
public sealed record ReviewSheetOptions(string OutputDirectory, string TruthDirectory, int Projects = 2000, ulong Seed = 7)
{
    /// <summary>Experts of the first stage's pool.</summary>
    public const int Stage1Pool = 100;

    /// <summary>Experts per project in the first stage (one panel).</summary>
    public const int Stage1Judges = 5;

    /// <summary>Experts of the second stage's pool (none of them in the first).</summary>
    public const int Stage2Pool = 30;

    /// <summary>Experts per project in the second stage.</summary>
    public const int Stage2Judges = 3;

    /// <summary>Projects that advance to the second stage: 350 of 2,000 (17.5 %), at most 350.</summary>
    public int Advancing => Math.Min(350, Math.Max(Stage2Judges * 2, Projects * 7 / 40));
}
