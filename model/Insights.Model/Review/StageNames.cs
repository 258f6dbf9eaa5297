namespace Insights.Model.Review;

/// <summary>Codes and names of the review stages, as data files and reports spell them.</summary>
public static class StageNames
{
    /// <summary>Every stage in competition order.</summary>
    public static IReadOnlyList<Stage> All { get; } = [Stage.PreliminaryWritten, Stage.PreliminaryOnsite, Stage.FinalRoadshow];

    /// <summary>The snake_case code used in files, e.g. <c>preliminary_written</c>.</summary>
    /// <param name="stage">The stage.</param>
    public static string Code(this Stage stage) => stage switch
    {
        Stage.PreliminaryWritten => "preliminary_written",
        Stage.PreliminaryOnsite => "preliminary_onsite",
        Stage.FinalRoadshow => "final_roadshow",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>The Chinese name, e.g. 初赛书面评审.</summary>
    /// <param name="stage">The stage.</param>
    public static string NameZh(this Stage stage) => stage switch
    {
        Stage.PreliminaryWritten => "初赛书面评审",
        Stage.PreliminaryOnsite => "初赛现场评审",
        Stage.FinalRoadshow => "决赛路演答辩",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>The English name.</summary>
    /// <param name="stage">The stage.</param>
    public static string NameEn(this Stage stage) => stage switch
    {
        Stage.PreliminaryWritten => "Preliminary written review",
        Stage.PreliminaryOnsite => "Preliminary on-site review",
        Stage.FinalRoadshow => "Final roadshow",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>True for the two preliminary stages, which share the preliminary panel's judges.</summary>
    /// <param name="stage">The stage.</param>
    public static bool IsPreliminary(this Stage stage) => stage != Stage.FinalRoadshow;

    /// <summary>Parses a stage code.</summary>
    /// <param name="code">A code such as <c>final_roadshow</c>.</param>
    /// <param name="stage">The stage, when the code is known.</param>
    /// <returns>Whether the code is a stage.</returns>
    public static bool TryParse(string code, out Stage stage)
    {
        foreach (var s in All)
        {
            if (string.Equals(s.Code(), code, StringComparison.Ordinal))
            {
                stage = s;
                return true;
            }
        }

        stage = default;
        return false;
    }
}
