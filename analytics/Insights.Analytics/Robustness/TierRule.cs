namespace Insights.Analytics.Robustness;

/// <summary>
/// How award tiers follow the ranking of a panel: the first <c>Counts[0]</c> projects by final score get tier 0,
/// the next <c>Counts[1]</c> tier 1, and so on; projects after the last tier get no tier. A tier with a minimum score
/// (<see cref="MinScores"/>) takes only projects scoring at least that much; the others fall to the next tier.
/// </summary>
/// <param name="Counts">Number of projects per tier, best tier first (<see cref="int.MaxValue"/> for a tier that a
/// minimum score alone bounds).</param>
/// <param name="TrimExtremes">
/// Whether a project's final score drops its highest and its lowest judge total before averaging
/// (去掉一个最高分和一个最低分), applied when at least five totals are present; otherwise the plain mean.
/// </param>
public sealed record TierRule(IReadOnlyList<int> Counts, bool TrimExtremes = true)
{
    /// <summary>Lowest final score per tier (same length as <see cref="Counts"/>), or null for tiers by count alone.</summary>
    public IReadOnlyList<double>? MinScores { get; init; }

    /// <summary>
    /// The rule of the 2024 Jiangsu final roadshow for <paramref name="finalists"/> finalists: first prize
    /// max(1, round(0.1F)), second round(0.2F), third round(0.3F) (.NET <see cref="Math.Round(double)"/>, half to even),
    /// by the trimmed mean of the judges' totals.
    /// </summary>
    /// <param name="finalists">Number of finalists F of the track.</param>
    /// <returns>The tier counts (first, second, third) with trimming.</returns>
    public static TierRule ForFinalists(int finalists)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(finalists);
        return new TierRule(
            [Math.Max(1, (int)Math.Round(0.1 * finalists)), (int)Math.Round(0.2 * finalists), (int)Math.Round(0.3 * finalists)]);
    }

    /// <summary>
    /// The tier of every project given its final scores: projects are ranked by score descending, ties broken by
    /// the lower project index, and tiers are filled in rank order.
    /// </summary>
    /// <param name="scores">Final score per project.</param>
    /// <returns>Tier index per project (0 = best), or −1 for no tier.</returns>
    public int[] Assign(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var tiers = new int[scores.Count];
        var order = PanelTotals.RankOrder(scores);
        Array.Fill(tiers, -1);
        if (MinScores is { } min)
        {
            // Scores fall along the ranking, so a project below a tier's minimum leaves every later one below it too.
            var filled = new int[Counts.Count];
            var tier = 0;
            foreach (var p in order)
            {
                while (tier < Counts.Count && (filled[tier] >= Counts[tier] || scores[p] < min[tier]))
                {
                    tier++;
                }

                if (tier == Counts.Count)
                {
                    break;
                }

                tiers[p] = tier;
                filled[tier]++;
            }

            return tiers;
        }

        var position = 0;
        for (var t = 0; t < Counts.Count; t++)
        {
            for (var q = 0; q < Counts[t] && position < order.Length; q++, position++)
            {
                tiers[order[position]] = t;
            }
        }

        return tiers;
    }
}
