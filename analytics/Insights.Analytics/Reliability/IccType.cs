namespace Insights.Analytics.Reliability;

/// <summary>
/// The six intraclass correlations of Shrout and Fleiss (1979), named as psych::ICC names them
/// (McGraw and Wong's names in brackets).
/// </summary>
public enum IccType
{
    /// <summary>ICC(1,1): one-way random effects, single judge [ICC(1)].</summary>
    Icc1,

    /// <summary>ICC(2,1): two-way random effects, absolute agreement, single judge [ICC(A,1)].</summary>
    Icc2,

    /// <summary>ICC(3,1): two-way mixed effects, consistency, single judge [ICC(C,1)].</summary>
    Icc3,

    /// <summary>ICC(1,k): one-way random effects, mean of k judges [ICC(k)].</summary>
    Icc1k,

    /// <summary>ICC(2,k): two-way random effects, absolute agreement, mean of k judges [ICC(A,k)].</summary>
    Icc2k,

    /// <summary>ICC(3,k): two-way mixed effects, consistency, mean of k judges [ICC(C,k)].</summary>
    Icc3k,
}
