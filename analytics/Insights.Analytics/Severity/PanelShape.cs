namespace Insights.Analytics.Severity;

/// <summary>Which entries of a packed panel of B are known to be zero (B triangular), so that they are skipped.</summary>
internal enum PanelShape
{
    /// <summary>No known zeros.</summary>
    Full,

    /// <summary>B[c, j] = 0 for c &gt; j (upper triangular B).</summary>
    Upper,

    /// <summary>B[c, j] = 0 for c &lt; j (lower triangular B).</summary>
    Lower,
}
