namespace Insights.Analytics.Validation;

/// <summary>
/// How power.csv labelled one group of judges of a study: the planted judges of a kind at one ladder step, the
/// erratic judges (for <c>inconsistent</c>), or the ordinary judges of the null seasons.
/// </summary>
/// <param name="Kind">power.csv's kind (<c>severity</c> for a harsh plant).</param>
/// <param name="Group"><c>planted</c>, <c>erratic</c> or <c>ordinary</c>.</param>
/// <param name="Scale">The ladder step of the planted group (0 for the other groups).</param>
/// <param name="Flagged">Rows with status <c>flagged</c>.</param>
/// <param name="Clean">Rows with status <c>clean</c>: for a planted or erratic judge, a miss in a unit whose design
/// claimed 80 % power for an effect of the material size.</param>
/// <param name="Untestable">Rows with status <c>untestable</c>.</param>
/// <param name="Missing">Judges of the group without a row of the kind.</param>
public sealed record PowerTally(string Kind, string Group, double Scale, int Flagged, int Clean, int Untestable, int Missing)
{
    /// <summary>The judges of the group.</summary>
    public int Judges => Flagged + Clean + Untestable + Missing;

    /// <summary>Share of the testable judges (flagged or clean) that were flagged: for a planted group at or above
    /// the material size, the power the clean label promises (at least 0.8 in expectation).</summary>
    public double FlaggedShareOfTestable => Flagged + Clean == 0 ? double.NaN : Flagged / (double)(Flagged + Clean);
}
