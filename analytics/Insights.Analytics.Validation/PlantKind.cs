namespace Insights.Analytics.Validation;

/// <summary>What a simulated season can plant, each named by the finding kind that should find it.</summary>
public static class PlantKind
{
    /// <summary>A harsh judge: severity + size percent of the range.</summary>
    public const string Harsh = "harsh";

    /// <summary>Compression: the judge's marks spread to size × the panel's around his mean.</summary>
    public const string CentralTendency = "central_tendency";

    /// <summary>One impression for every criterion of a sheet (size = weight of the impression, 1 = only it).</summary>
    public const string Halo = "halo";

    /// <summary>A bonus of size percent of the range on projects of the judge's own city.</summary>
    public const string Favoritism = "favoritism";

    /// <summary>A second judge copies the first one's marks with noise of SD size percent.</summary>
    public const string Collusion = "collusion";

    /// <summary>Severity moving linearly by size percent from the judge's first to his last review day.</summary>
    public const string Drift = "drift";

    /// <summary>One mark keyed with its last digit dropped (85 -> 8).</summary>
    public const string OutlierScore = "outlier_score";

    /// <summary>Every kind, in the order seasons plant them.</summary>
    public static IReadOnlyList<string> All { get; } = [Harsh, CentralTendency, Halo, Favoritism, Collusion, Drift, OutlierScore];

    /// <summary>The realistic size of each kind (issue 11): severity 15 % of the range, compression to 40 %, one
    /// impression for all criteria, favouritism +12 %, copying with noise SD 3 %, drift 20 % over the review days,
    /// a dropped digit.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The size at ladder step 1.</returns>
    public static double RealisticSize(string kind) => kind switch
    {
        Harsh => 15,
        CentralTendency => 0.4,
        Halo => 1,
        Favoritism => 12,
        Collusion => 3,
        Drift => 20,
        OutlierScore => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown plant kind."),
    };
}
