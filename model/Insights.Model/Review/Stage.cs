namespace Insights.Model.Review;

/// <summary>A review stage of the competition (notice 四（二）).</summary>
public enum Stage
{
    /// <summary>Preliminary written review (初赛书面评审): each project read by a few judges of a large panel.</summary>
    PreliminaryWritten,

    /// <summary>Preliminary on-site review (初赛现场评审): short-listed projects before a complete panel.</summary>
    PreliminaryOnsite,

    /// <summary>Final roadshow (决赛路演答辩): finalists before the final panel.</summary>
    FinalRoadshow,
}
