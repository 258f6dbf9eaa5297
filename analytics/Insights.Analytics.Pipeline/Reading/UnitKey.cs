namespace Insights.Analytics.Pipeline.Reading;

/// <summary>
/// One analysis unit: the marks of one stage of one track of one season (or, pooled, of all its stages).
/// </summary>
/// <param name="Season">The season.</param>
/// <param name="Stage">The stage, or <see cref="Pooled"/> when the stages are fitted together.</param>
/// <param name="Track">The track.</param>
public sealed record UnitKey(string Season, string Stage, string Track)
{
    /// <summary>The stage label of a pooled unit.</summary>
    public const string Pooled = "pooled";

    /// <summary>Whether this unit pools the stages of its track.</summary>
    public bool IsPooled => Stage == Pooled;

    /// <summary>The order of the output: season, track, then stage in the notice's order.</summary>
    public static IComparer<UnitKey> Order { get; } = Comparer<UnitKey>.Create(static (a, b) =>
    {
        var c = string.CompareOrdinal(a.Season, b.Season);
        c = c != 0 ? c : string.CompareOrdinal(a.Track, b.Track);
        c = c != 0 ? c : NoticeStages.Order(a.Stage).CompareTo(NoticeStages.Order(b.Stage));
        return c != 0 ? c : string.CompareOrdinal(a.Stage, b.Stage);
    });

    /// <inheritdoc/>
    public override string ToString() => $"{Season}/{Stage}/{Track}";
}
