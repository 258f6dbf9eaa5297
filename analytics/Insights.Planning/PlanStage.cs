namespace Insights.Planning;

/// <summary>The stages a plan assigns, with the warehouse's stage codes.</summary>
public static class PlanStage
{
    /// <summary>The preliminary written review: sparse, a few judges per project.</summary>
    public const string Written = "preliminary_written";

    /// <summary>The preliminary on-site review: one panel per track.</summary>
    public const string Onsite = "preliminary_onsite";

    /// <summary>The final roadshow: one panel per track, sharing no judge with the track's preliminary panels.</summary>
    public const string Final = "final_roadshow";

    /// <summary>The stages in order.</summary>
    public static IReadOnlyList<string> All { get; } = [Written, Onsite, Final];

    /// <summary>The stage code of a name a user types (<c>written</c>, <c>onsite</c>, <c>final</c>, or a code).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The code, or null when the name is none of them.</returns>
    public static string? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "written" or "preliminary_written" or "书面" or "初赛书面" => Written,
            "onsite" or "on-site" or "preliminary_onsite" or "现场" or "初赛现场" => Onsite,
            "final" or "final_roadshow" or "决赛" => Final,
            _ => null,
        };
    }

    /// <summary>True for the preliminary stages (written and on-site), whose judges may not sit on the final panel.</summary>
    /// <param name="stage">A stage code.</param>
    public static bool IsPreliminary(string stage) => stage is Written or Onsite;

    /// <summary>The Chinese name of a stage.</summary>
    /// <param name="stage">A stage code.</param>
    public static string NameZh(string stage) => stage switch
    {
        Written => "初赛书面评审",
        Onsite => "初赛现场评审",
        Final => "决赛路演",
        _ => stage,
    };
}
