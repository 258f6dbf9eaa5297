namespace Insights.Analytics.Drift;

/// <summary>
/// Whether a judge's severity drift was tested, and if not, why.
/// </summary>
public enum DriftStatus
{
    /// <summary>The slope was estimated and tested.</summary>
    Tested,

    /// <summary>Not tested: fewer scores than <see cref="DriftOptions.MinimumScores"/>.</summary>
    TooFewScores,

    /// <summary>Not tested: the scores fall on fewer distinct days than <see cref="DriftOptions.MinimumDays"/>.</summary>
    TooFewDays,
}
