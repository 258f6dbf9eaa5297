namespace Insights.Analytics.Validation;

/// <summary>One finding kind's results over a study.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="NullSeasons">Null seasons run.</param>
/// <param name="NullSeasonsWithError">Null seasons with at least one error-level finding of the kind (all false).</param>
/// <param name="NullSeasonsWithAny">Null seasons with at least one finding of the kind (all false; erratic judges
/// named <c>inconsistent</c> excepted).</param>
/// <param name="NullWarnings">Warning-level false findings of the kind over the null seasons.</param>
/// <param name="NullOnErratic">False findings of the kind over the null seasons that name an erratic judge (a
/// diagnostic: where the false findings come from).</param>
/// <param name="PlantedFalse">False findings of the kind in planted seasons (naming an unplanted person).</param>
/// <param name="PlantedSeasons">Planted seasons run.</param>
/// <param name="Power">Per ladder scale: (planted, found).</param>
public sealed record KindTally(
    string Kind,
    int NullSeasons,
    int NullSeasonsWithError,
    int NullSeasonsWithAny,
    int NullWarnings,
    int NullOnErratic,
    int PlantedFalse,
    int PlantedSeasons,
    IReadOnlyDictionary<double, (int Planted, int Found)> Power)
{
    /// <summary>Share of null seasons with an error-level false finding (the family-wise rate at error level).</summary>
    public double ErrorRate => NullSeasons == 0 ? double.NaN : NullSeasonsWithError / (double)NullSeasons;

    /// <summary>Share of null seasons with any false finding of the kind.</summary>
    public double AnyRate => NullSeasons == 0 ? double.NaN : NullSeasonsWithAny / (double)NullSeasons;

    /// <summary>False warnings per null season.</summary>
    public double WarningsPerSeason => NullSeasons == 0 ? double.NaN : NullWarnings / (double)NullSeasons;
}
