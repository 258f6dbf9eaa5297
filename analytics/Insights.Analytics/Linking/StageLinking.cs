using System.Globalization;

namespace Insights.Analytics.Linking;

/// <summary>
/// Links the preliminary and final stages of one track. By notice 三（七） the two stages have no judge in common,
/// so their scales meet only through the finalists scored in both: this reports how many there are, any judge on
/// both sides (a breach, <see cref="LinkingFindingKinds.PanelOverlap"/>), Spearman's ρ of the finalists'
/// preliminary and final scores and the pairs of finalists whose order flips by more than noise explains.
/// </summary>
public static class StageLinking
{
    /// <summary>The default multiplier of the pair standard error, the two-sided 95 % normal quantile.</summary>
    public const double DefaultZ = 1.96;

    /// <summary>Fewer common projects than this draw a <see cref="LinkingFindingKinds.WeakStageLink"/> warning.</summary>
    public const int MinimumCommonProjects = 5;

    /// <summary>The restricted-range caveat attached to every correlation.</summary>
    public const string RestrictedRangeNote =
        "Restricted range: finalists are the top of the preliminary distribution, so the preliminary-final correlation " +
        "is attenuated (biased towards 0) and understates the agreement the two stages would show over all projects.";

    /// <summary>Analyses the link between the preliminary and the final stage of a track.</summary>
    /// <param name="trackCode">The track.</param>
    /// <param name="preliminary">Per-project preliminary scores; project ids unique.</param>
    /// <param name="final">Per-project final scores; project ids unique.</param>
    /// <param name="preliminaryJudges">Judges who scored in the preliminary stages (written and on-site).</param>
    /// <param name="finalJudges">Judges who scored in the final.</param>
    /// <param name="z">A pair is reversed when both stage differences exceed z √(se_i² + se_j²); positive, finite.</param>
    /// <returns>Common projects, overlapping judges, the correlation, reversals, findings and notes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A project id repeats within a stage, a score or standard error is not finite, a standard error is negative, an id is empty, or z is not positive and finite.</exception>
    public static StageLinkingResult Analyze(
        string trackCode,
        IReadOnlyList<StageScore> preliminary,
        IReadOnlyList<StageScore> final,
        IEnumerable<string> preliminaryJudges,
        IEnumerable<string> finalJudges,
        double z = DefaultZ)
    {
        ArgumentNullException.ThrowIfNull(trackCode);
        ArgumentNullException.ThrowIfNull(preliminaryJudges);
        ArgumentNullException.ThrowIfNull(finalJudges);
        if (!double.IsFinite(z) || z <= 0)
        {
            throw new ArgumentException($"z is {z}; it must be positive and finite.", nameof(z));
        }

        var before = Index(preliminary, nameof(preliminary));
        var after = Index(final, nameof(final));
        var common = before.Keys.Where(after.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var overlap = preliminaryJudges.Where(j => !string.IsNullOrEmpty(j)).ToHashSet(StringComparer.Ordinal);
        overlap.IntersectWith(finalJudges.Where(j => !string.IsNullOrEmpty(j)));
        var overlapJudges = overlap.Order(StringComparer.Ordinal).ToList();

        var findings = overlapJudges.Select(judge => new LinkingFinding(
            LinkingFindingKinds.PanelOverlap,
            "error",
            trackCode,
            "final_roadshow",
            judge,
            null,
            $"评审专家 {judge} 同时参与 {trackCode} 赛道初赛与决赛评审（违反三（七）初赛、决赛评审组专家不重复）",
            $"judge {judge} scores in both the preliminary and the final stage of track {trackCode} (notice 三（七）: the panels share no judge)")).ToList();
        var notes = new List<string>();
        if (common.Count < MinimumCommonProjects)
        {
            findings.Add(new LinkingFinding(
                LinkingFindingKinds.WeakStageLink,
                "warning",
                trackCode,
                null,
                null,
                common.Count,
                string.Create(CultureInfo.InvariantCulture, $"{trackCode} 赛道仅有 {common.Count} 个项目同时参加初赛与决赛，两阶段评分尺度的联系很弱"),
                string.Create(CultureInfo.InvariantCulture, $"only {common.Count} projects of track {trackCode} are scored in both the preliminary and the final: the stages are weakly linked")));
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Only {common.Count} common projects (fewer than {MinimumCommonProjects}): the stage link is weak."));
        }

        SpearmanResult? correlation = null;
        if (common.Count >= 3)
        {
            correlation = SpearmanCorrelation.Compute([.. common.Select(p => before[p].Score)], [.. common.Select(p => after[p].Score)]);
            notes.Add(RestrictedRangeNote);
        }

        var reversals = Reversals(common, before, after, z);
        return new StageLinkingResult(trackCode, common, overlapJudges, correlation, reversals, common.Count * (common.Count - 1) / 2, z, findings, notes);
    }

    /// <summary>
    /// Pairs (i, j) with d_pre = pre_i - pre_j and d_fin = fin_i - fin_j of opposite signs, |d_pre| &gt; z √(se_pre,i² + se_pre,j²)
    /// and |d_fin| &gt; z √(se_fin,i² + se_fin,j²).
    /// </summary>
    private static List<RankReversal> Reversals(List<string> common, Dictionary<string, StageScore> before, Dictionary<string, StageScore> after, double z)
    {
        var reversals = new List<RankReversal>();
        for (var i = 0; i < common.Count; i++)
        {
            for (var j = i + 1; j < common.Count; j++)
            {
                StageScore pi = before[common[i]], pj = before[common[j]], fi = after[common[i]], fj = after[common[j]];
                var dPre = pi.Score - pj.Score;
                var dFin = fi.Score - fj.Score;
                var tPre = z * Math.Sqrt((pi.StandardError * pi.StandardError) + (pj.StandardError * pj.StandardError));
                var tFin = z * Math.Sqrt((fi.StandardError * fi.StandardError) + (fj.StandardError * fj.StandardError));
                if (dPre * dFin < 0 && Math.Abs(dPre) > tPre && Math.Abs(dFin) > tFin)
                {
                    reversals.Add(dPre > 0
                        ? new RankReversal(common[i], common[j], dPre, dFin, tPre, tFin)
                        : new RankReversal(common[j], common[i], -dPre, -dFin, tPre, tFin));
                }
            }
        }

        return [.. reversals
            .OrderByDescending(r => Math.Abs(r.FinalDifference))
            .ThenBy(r => r.AheadInPreliminary, StringComparer.Ordinal)
            .ThenBy(r => r.AheadInFinal, StringComparer.Ordinal)];
    }

    private static Dictionary<string, StageScore> Index(IReadOnlyList<StageScore> scores, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(scores, parameterName);
        var index = new Dictionary<string, StageScore>(scores.Count, StringComparer.Ordinal);
        foreach (var score in scores)
        {
            ArgumentNullException.ThrowIfNull(score, parameterName);
            if (string.IsNullOrEmpty(score.ProjectId))
            {
                throw new ArgumentException("Every project id must be non-empty.", parameterName);
            }

            if (!double.IsFinite(score.Score) || !double.IsFinite(score.StandardError) || score.StandardError < 0)
            {
                throw new ArgumentException($"Project {score.ProjectId}: score {score.Score} and standard error {score.StandardError} must be finite and the standard error non-negative.", parameterName);
            }

            if (!index.TryAdd(score.ProjectId, score))
            {
                throw new ArgumentException($"Project {score.ProjectId} appears twice.", parameterName);
            }
        }

        return index;
    }
}
