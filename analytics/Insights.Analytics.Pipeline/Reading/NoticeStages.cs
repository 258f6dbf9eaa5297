namespace Insights.Analytics.Pipeline.Reading;

/// <summary>
/// The stages of the notice (section 三): the written and the on-site preliminary review, then the final roadshow.
/// Outside score data has its own stage labels, which are taken as given and not linked.
/// </summary>
public static class NoticeStages
{
    /// <summary>初赛书面评审.</summary>
    public const string Written = "preliminary_written";

    /// <summary>初赛现场评审.</summary>
    public const string Onsite = "preliminary_onsite";

    /// <summary>决赛路演.</summary>
    public const string Final = "final_roadshow";

    /// <summary>Sort position of a stage: the notice's stages in their order, then any other label.</summary>
    /// <param name="stage">The stage label.</param>
    /// <returns>0, 1, 2 for the notice's stages, 3 otherwise.</returns>
    public static int Order(string stage) => stage switch
    {
        Written => 0,
        Onsite => 1,
        Final => 2,
        _ => 3,
    };

    /// <summary>Whether the label is one of the notice's preliminary stages.</summary>
    /// <param name="stage">The stage label.</param>
    /// <returns>True for the written and on-site review.</returns>
    public static bool IsPreliminary(string stage) => stage is Written or Onsite;
}
