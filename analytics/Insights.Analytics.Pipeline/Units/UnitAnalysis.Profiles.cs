using Insights.Analytics.Anomalies;
using Insights.Analytics.Bias;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Pipeline.Units;

/// <content>judges.csv's anomaly_score: each judge's profile of the unit's statistics scored against the others'.</content>
public static partial class UnitAnalysis
{
    /// <summary>The features of a judge's profile, in order (docs/methods/anomaly-score.md).</summary>
    internal static readonly string[] ProfileFeatures =
        ["severity", "misfit", "slope", "log_halo_ratio", "max_abs_residual", "favouritism_z", "max_pair_correlation"];

    /// <summary>
    /// Per judge: severity (points), misfit = (ln infit + ln outfit) / 2, the slope on the other judges' mean
    /// (<see cref="ScaleUse.Slopes"/>), ln of the halo ratio (<see cref="Halo.Ratios"/>, floored at 0.001), the
    /// largest |standardized residual| of his marks, his favouritism bonus / SE and his largest residual correlation
    /// with another judge (<see cref="Collusion.Examine"/>); NaN where a statistic does not exist. Scored by
    /// <see cref="JudgeProfileAnomaly"/>; never a finding.
    /// </summary>
    private static double[] AnomalyScores(
        UnitData data, SeverityFit? fit, double[] infit, double[] outfit, IReadOnlyList<FavouritismEstimate> favouritism,
        IReadOnlyList<JudgePairFinding> pairs, List<string> warnings)
    {
        var judges = data.Judges.Length;
        var profiles = new double[judges][];
        for (var j = 0; j < judges; j++)
        {
            profiles[j] = new double[ProfileFeatures.Length];
            Array.Fill(profiles[j], double.NaN);
            profiles[j][1] = infit[j] > 0 && outfit[j] > 0 ? (Math.Log(infit[j]) + Math.Log(outfit[j])) / 2 : double.NaN;
        }

        foreach (var (judge, slope, _, _) in ScaleUse.Slopes(data.Ratings))
        {
            profiles[judge][2] = slope;
        }

        foreach (var (judge, ratio, _) in Halo.Ratios(data.Ratings, scales: data.Scales))
        {
            profiles[judge][3] = Math.Log(Math.Max(ratio, 1e-3));
        }

        if (fit is not null)
        {
            foreach (var s in fit.Severities)
            {
                profiles[s.Judge][0] = s.Severity;
            }

            if (fit.ResidualVariance > 0)
            {
                var sigma = Math.Sqrt(fit.ResidualVariance);
                foreach (var r in data.CommonRatings)
                {
                    var z = Math.Abs(r.Score - Outliers.Expected(fit, r)) / sigma;
                    profiles[r.Judge][4] = double.IsNaN(profiles[r.Judge][4]) ? z : Math.Max(profiles[r.Judge][4], z);
                }
            }
        }

        foreach (var e in favouritism.Where(e => e.Tested && e.StandardError > 0))
        {
            profiles[e.Judge][5] = e.Bonus / e.StandardError;
        }

        foreach (var p in pairs.Where(p => double.IsFinite(p.Correlation)))
        {
            foreach (var j in new[] { p.JudgeA, p.JudgeB })
            {
                profiles[j][6] = double.IsNaN(profiles[j][6]) ? p.Correlation : Math.Max(profiles[j][6], p.Correlation);
            }
        }

        var result = JudgeProfileAnomaly.Score(profiles);
        if (result.Reason is not null)
        {
            warnings.Add($"{data.Key}: anomaly score: {result.Reason}");
        }

        return [.. result.Scores];
    }
}
