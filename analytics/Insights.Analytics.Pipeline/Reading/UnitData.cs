using Insights.Analytics.Severity;

namespace Insights.Analytics.Pipeline.Reading;

/// <summary>
/// The marks of one analysis unit with dense indices: judges, projects, criteria and panels sorted by id (ordinal),
/// one <see cref="SeverityRating"/> per mark in the warehouse's order.
/// </summary>
/// <param name="Key">The unit.</param>
/// <param name="Judges">Judge ids by index.</param>
/// <param name="Projects">Project ids by index.</param>
/// <param name="Criteria">Criterion codes by index (stage:criterion when pooled).</param>
/// <param name="Panels">Panel ids by index.</param>
/// <param name="Ratings">The marks.</param>
/// <param name="RatingPanels">Panel index of each mark.</param>
/// <param name="ScoredAt">When each mark was given, or null where unknown.</param>
/// <param name="CriterionMin">Scale minimum per criterion.</param>
/// <param name="CriterionMax">Scale maximum per criterion.</param>
/// <param name="CriterionWeight">Rubric weight per criterion (1 where the data has none).</param>
/// <param name="GroupAffiliated">(judge, project) index pairs whose judge_group equals the project_group.</param>
public sealed record UnitData(
    UnitKey Key,
    string[] Judges,
    string[] Projects,
    string[] Criteria,
    string[] Panels,
    SeverityRating[] Ratings,
    int[] RatingPanels,
    DateTime?[] ScoredAt,
    double[] CriterionMin,
    double[] CriterionMax,
    double[] CriterionWeight,
    HashSet<(int Judge, int Project)> GroupAffiliated)
{
    private CriterionScales? _scales;

    /// <summary>The competition's own standardized version of each mark (标准分), when every mark of the unit has one; else null.</summary>
    public double[]? StandardScores { get; init; }

    /// <summary>The criteria's names in Chinese by index (the rubric's), or null where the warehouse has no rubric.</summary>
    public string[]? CriteriaZh { get; init; }

    /// <summary>The criteria's names in English by index, or null.</summary>
    public string[]? CriteriaEn { get; init; }
    private SeverityRating[]? _commonRatings;

    /// <summary>The criteria's scales (<see cref="CriterionMin"/>, <see cref="CriterionMax"/>).</summary>
    public CriterionScales Scales => _scales ??= new CriterionScales(CriterionMin, CriterionMax);

    /// <summary>
    /// The marks the unit's severity model is fitted on: <see cref="Ratings"/> on the criteria's common scale
    /// (each criterion rescaled to the mean range, <see cref="CriterionScales"/>) when their ranges differ (the final
    /// roadshow), else <see cref="Ratings"/> itself. Every residual of the unit's fit is taken on these.
    /// </summary>
    public SeverityRating[] CommonRatings => _commonRatings ??= Scales.IsMixed ? Scales.ToCommon(Ratings) : Ratings;

    /// <summary>The mean scale range (max − min) over the criteria, in score points.</summary>
    public double ScaleRange
    {
        get
        {
            var sum = 0.0;
            for (var c = 0; c < CriterionMin.Length; c++)
            {
                sum += CriterionMax[c] - CriterionMin[c];
            }

            return sum / CriterionMin.Length;
        }
    }

    /// <summary>
    /// Whether the marks are an ordinal rubric for the many-facet Rasch model: integers on one common scale of at most
    /// eleven categories (the on-site review's 1-10, essay rubrics). Percent marks and the final roadshow's criteria
    /// of different maxima are treated as interval scores.
    /// </summary>
    public bool IsOrdinal
    {
        get
        {
            for (var c = 1; c < CriterionMin.Length; c++)
            {
                if (CriterionMin[c] != CriterionMin[0] || CriterionMax[c] != CriterionMax[0])
                {
                    return false;
                }
            }

            return CriterionMax[0] - CriterionMin[0] is >= 1 and <= 10 && Ratings.All(r => r.Score == Math.Floor(r.Score));
        }
    }
}
