namespace Insights.Analytics.Pipeline.Output;

/// <summary>
/// One row of power.csv: whether one judge could have been found by one test (kind), and what the test found. The
/// favouritism test writes a row per judge with at least one affiliated project, the severity test (lenient, harsh)
/// a row per judge with a within-project contrast, the drift test a row per judge with dated marks, the outlier test a row per judge of a fitted unit; other detectors
/// can add rows of their own kind.
/// </summary>
/// <param name="Season">Season.</param>
/// <param name="Stage">Stage (or <c>pooled</c>).</param>
/// <param name="Track">Track.</param>
/// <param name="Judge">Judge id.</param>
/// <param name="Kind">The test (<c>favoritism</c>, <c>severity</c>, <c>drift</c>, <c>outlier_score</c>).</param>
/// <param name="Status"><c>flagged</c> (a finding), <c>clean</c> (not flagged, and an effect of the material size
/// would have been found with 80 % power) or <c>untestable</c> (not tested, or the minimum detectable effect is above
/// the material size, or the smallest attainable p-value is above the level).</param>
/// <param name="N">The design's size for the test (favouritism: the judge's affiliated projects; severity: the
/// contrast's degrees of freedom).</param>
/// <param name="Mde">Minimum detectable effect in the finding's unit (favouritism: bonus in points per criterion
/// mark; severity: percent of the range) at the level with 80 % power; NaN when not estimable.</param>
/// <param name="MinP">Smallest p-value the test can give for this judge.</param>
/// <param name="Level">The level the judge's p-value must reach to be found on its own.</param>
/// <param name="P">The judge's p-value; NaN when not tested.</param>
public sealed record PowerRow(
    string Season,
    string Stage,
    string Track,
    string Judge,
    string Kind,
    string Status,
    int N,
    double Mde,
    double MinP,
    double Level,
    double P);
