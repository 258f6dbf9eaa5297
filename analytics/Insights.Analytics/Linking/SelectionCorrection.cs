using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Linking;

/// <summary>
/// Finalists are the top of the preliminary ranking, so the preliminary-final correlation among them is attenuated
/// (restricted range). Under direct selection on the preliminary score x, with a linear and homoscedastic regression
/// of the final score y on x, the regression of y on x is the same among the finalists as among all candidates
/// (Pearson-Lawley), so (1) the correlation over all candidates follows from the restricted one and the ratio of
/// the SDs of x (Thorndike's case II) and (2) a non-finalist's final score can be predicted from its preliminary
/// score with the finalists' regression. References: Thorndike, R. L. (1949), Personnel Selection, Wiley, case 2;
/// Sackett and Yang (2000), "Correction for range restriction: an expanded typology", Journal of Applied Psychology
/// 85(1), 112-118.
/// </summary>
public static class SelectionCorrection
{
    /// <summary>The caveat attached to every selection-corrected link (analytics_stage_link.notes).</summary>
    public const string Note =
        "Selection-corrected correlation (Thorndike case II) and near-cut probabilities assume the finalists were chosen " +
        "on this preliminary score alone and that the final's regression on it is linear with constant spread; " +
        "the probabilities compare a predicted final score with the lowest awarded finalist's, ignoring whom a newcomer would displace.";

    /// <summary>The default number of non-finalists below the cut that are assessed.</summary>
    public const int DefaultNearCut = 5;

    /// <summary>
    /// Thorndike's case II: ρ = r u / √(1 − r² + r² u²), u = SD(x, unrestricted) / SD(x, restricted).
    /// </summary>
    /// <param name="restricted">The correlation in the selected group, in [−1, 1].</param>
    /// <param name="ratio">u, positive and finite (1: no restriction).</param>
    /// <returns>The correlation in the unrestricted group.</returns>
    /// <exception cref="ArgumentOutOfRangeException">r outside [−1, 1] or u not positive and finite.</exception>
    public static double Thorndike(double restricted, double ratio)
    {
        if (!(restricted is >= -1 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(restricted), restricted, "A correlation lies in [-1, 1].");
        }

        if (!(ratio > 0) || double.IsInfinity(ratio))
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "The SD ratio must be positive and finite.");
        }

        return restricted * ratio / Math.Sqrt(1 - (restricted * restricted) + (restricted * restricted * ratio * ratio));
    }

    /// <summary>Corrects a track's stage link for the selection of its finalists.</summary>
    /// <param name="preliminary">Preliminary scores of every candidate (finalists and the others).</param>
    /// <param name="final">Final scores of the finalists (the rule's scores: trimmed means where the rule trims).</param>
    /// <param name="awardCut">The final score of the lowest awarded finalist.</param>
    /// <param name="nearCut">How many of the best non-finalists to assess.</param>
    /// <returns>The corrected link, or null when fewer than 4 finalists have both scores, or the finalists'
    /// preliminary or final scores do not vary.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A score is not finite, or <paramref name="nearCut"/> is negative.</exception>
    public static SelectionCorrectedLink? Analyze(IReadOnlyList<StageScore> preliminary, IReadOnlyList<StageScore> final, double awardCut, int nearCut = DefaultNearCut)
    {
        ArgumentNullException.ThrowIfNull(preliminary);
        ArgumentNullException.ThrowIfNull(final);
        ArgumentOutOfRangeException.ThrowIfNegative(nearCut);
        if (!double.IsFinite(awardCut) || preliminary.Any(s => !double.IsFinite(s.Score)) || final.Any(s => !double.IsFinite(s.Score)))
        {
            throw new ArgumentException("Scores and the award cut must be finite.", nameof(preliminary));
        }

        var finalScores = final.ToDictionary(s => s.ProjectId, s => s.Score, StringComparer.Ordinal);
        var pairs = preliminary.Where(s => finalScores.ContainsKey(s.ProjectId))
            .OrderBy(s => s.ProjectId, StringComparer.Ordinal)
            .Select(s => (X: s.Score, Y: finalScores[s.ProjectId])).ToArray();
        var n = pairs.Length;
        if (n < 4)
        {
            return null;
        }

        double mx = pairs.Average(p => p.X), my = pairs.Average(p => p.Y);
        double sxx = 0, syy = 0, sxy = 0;
        foreach (var (x, y) in pairs)
        {
            sxx += (x - mx) * (x - mx);
            syy += (y - my) * (y - my);
            sxy += (x - mx) * (y - my);
        }

        if (!(sxx > 1e-12 * (1 + (mx * mx))) || !(syy > 1e-12 * (1 + (my * my))))
        {
            return null;
        }

        var r = Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
        var all = preliminary.Select(s => s.Score).ToArray();
        var ma = all.Average();
        var sdAll = Math.Sqrt(all.Sum(x => (x - ma) * (x - ma)) / (all.Length - 1));
        var sdFinalists = Math.Sqrt(sxx / (n - 1));
        var u = sdAll / sdFinalists;
        var slope = sxy / sxx;
        var intercept = my - (slope * mx);
        var rss = pairs.Sum(p => Math.Pow(p.Y - intercept - (slope * p.X), 2));
        var sigma = Math.Sqrt(rss / (n - 2));
        var t = new StudentT(0, 1, n - 2);
        var near = preliminary.Where(s => !finalScores.ContainsKey(s.ProjectId))
            .OrderByDescending(s => s.Score).ThenBy(s => s.ProjectId, StringComparer.Ordinal)
            .Take(nearCut)
            .Select(s =>
            {
                var predicted = intercept + (slope * s.Score);
                var sd = sigma * Math.Sqrt(1 + (1.0 / n) + ((s.Score - mx) * (s.Score - mx) / sxx));
                var p = sd > 0 ? 1 - t.CumulativeDistribution((awardCut - predicted) / sd) : (predicted >= awardCut ? 1 : 0);
                return new NearCutProject(s.ProjectId, s.Score, predicted, sd, p);
            }).ToList();
        return new SelectionCorrectedLink(n, all.Length, r, double.IsFinite(u) && u > 0 ? Thorndike(r, u) : double.NaN, u, intercept, slope, sigma, awardCut, near);
    }
}
