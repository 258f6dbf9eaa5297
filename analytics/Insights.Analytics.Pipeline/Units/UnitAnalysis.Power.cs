using Insights.Analytics.Anomalies;
using Insights.Analytics.Bias;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Severity;
using static Insights.Analytics.Pipeline.Season.SeasonAnalysis;

namespace Insights.Analytics.Pipeline.Units;

/// <summary>power.csv's rows of the judge detectors that run on one unit: for each judge with marks, whether the
/// detector found him (flagged), could have found an effect of the material size with 80 % power (clean) or not
/// (untestable), with the minimum detectable effect.</summary>
public static partial class UnitAnalysis
{
    private const double Power = 0.8;

    /// <summary>The share of a criterion's range a mistyped mark must reach to be found with 80 % power, for a judge
    /// reported clean of outlying marks (a dropped digit moves a two-digit mark on a criterion of 15 points or more by
    /// at least half its range).</summary>
    public const double OutlierMaterialShare = 0.50;

    /// <summary>
    /// A power row per judge for the outlier test: flagged (one of his marks is an outlier finding), clean (an error
    /// of half a criterion's range on any of his criteria would be found with 80 % power) or untestable.
    /// </summary>
    private static IEnumerable<PowerRow> OutlierPower(UnitData data, SeverityFit fit, List<FindingRow> findings)
    {
        var key = data.Key;
        var shares = Outliers.MinimumDetectableShare(data.Ratings, fit, data.Scales, Power);
        var flagged = findings.Where(f => f.Kind == AnomalyKinds.OutlierScore).Select(f => f.Judge).ToHashSet(StringComparer.Ordinal);
        var marks = data.Ratings.GroupBy(r => r.Judge).ToDictionary(g => g.Key, g => g.Count());
        var level = OutlierOptions.Default.FamilyWiseAlpha / data.Ratings.Length;
        for (var j = 0; j < data.Judges.Length; j++)
        {
            if (!marks.TryGetValue(j, out var n))
            {
                continue;
            }

            var mde = 100 * shares[j];
            var status = flagged.Contains(data.Judges[j]) ? Flagged
                : mde <= 100 * OutlierMaterialShare ? Clean : Untestable;
            yield return new PowerRow(key.Season, key.Stage, key.Track, data.Judges[j], AnomalyKinds.OutlierScore, status, n, mde, 0, level, double.NaN);
        }
    }

    /// <summary>
    /// Central tendency and erratic marking (both from the scale-use fit): per judge with marks, flagged, clean (a
    /// compression to 1 − <see cref="ScaleUseOptions.MaterialCompression"/> of the scale, or a residual SD
    /// <see cref="InconsistencyOptions.MaterialRatio"/> times the unit's, found with 80 % power) or untestable (too
    /// few shared marks, fewer than three judges, or a larger minimum detectable effect). The mde of
    /// <c>central_tendency</c> is the compression in percent (100 (1 − r*)), of <c>inconsistent</c> the residual SD ratio.
    /// </summary>
    private static IEnumerable<PowerRow> ScaleUsePower(UnitData data, List<FindingRow> findings)
    {
        var scaleUse = ScaleUseOptions.Default;
        var inconsistency = InconsistencyOptions.Default;
        var assessed = ScaleUse.Assess(data.CommonRatings, scaleUse);
        var sheets = assessed.ToDictionary(a => a.Judge, a => a.Sheets);
        var central = ScaleUse.MinimumDetectable(assessed, scaleUse, Power).ToDictionary(x => x.Judge, x => 100 * (1 - x.RelativeSlope));
        var erratic = Inconsistency.MinimumDetectable(assessed, inconsistency, Power).ToDictionary(x => x.Judge, x => x.Ratio);
        var level = assessed.Count > 0 ? scaleUse.FamilyWiseAlpha / assessed.Count : double.NaN;
        var errLevel = assessed.Count > 0 ? inconsistency.FamilyWiseAlpha / assessed.Count : double.NaN;
        foreach (var j in JudgesWithMarks(data))
        {
            var n = sheets.GetValueOrDefault(j);
            yield return Row(data, findings, j, AnomalyKinds.CentralTendency, n, central.TryGetValue(j, out var c) ? c : double.NaN,
                100 * scaleUse.MaterialCompression, level);
            yield return Row(data, findings, j, AnomalyKinds.Inconsistent, n, erratic.TryGetValue(j, out var e) ? e : double.NaN,
                inconsistency.MaterialRatio, errLevel);
        }
    }

    /// <summary>
    /// Halo: per judge with marks, flagged, clean (a halo of weight <see cref="HaloOptions.MaterialWeight"/> found
    /// with 80 % power) or untestable. The mde is the halo weight in percent, 100 (1 − √R*); the test has no p-value.
    /// </summary>
    private static IEnumerable<PowerRow> HaloPower(UnitData data, SeverityRating[] ratings, List<FindingRow> findings)
    {
        var options = HaloOptions.Default;
        var ratios = Halo.Ratios(ratings, options, data.Scales);
        var projects = ratios.ToDictionary(r => r.Judge, r => r.Projects);
        var weight = Halo.MinimumDetectable(ratios, options, Power).ToDictionary(x => x.Judge, x => 100 * (1 - Math.Sqrt(x.Ratio)));
        foreach (var j in JudgesWithMarks(data))
        {
            yield return Row(data, findings, j, AnomalyKinds.Halo, projects.GetValueOrDefault(j), weight.TryGetValue(j, out var w) ? w : double.NaN,
                100 * options.MaterialWeight, double.NaN);
        }
    }

    /// <summary>
    /// Collusion: per judge with marks, flagged (in a flagged pair), clean (a copying pair with residual correlation
    /// <see cref="CollusionOptions.MaterialCorrelation"/> found with 80 % power with every partner he shares at least
    /// <see cref="CollusionOptions.MinCommonProjects"/> projects with; the mde is the largest of those pairs' r*) or
    /// untestable (no such partner, no severity fit, or a larger r*). Copying with a partner he shares fewer projects
    /// with cannot be found, which the row's n (pairs examined) leaves to be read against the judge's partners.
    /// </summary>
    private static IEnumerable<PowerRow> CollusionPower(UnitData data, IReadOnlyList<JudgePairFinding> pairs, bool fitted)
    {
        var options = CollusionOptions.Default;
        var mde = Collusion.MinimumDetectable(pairs, options, Power);
        var byJudge = new Dictionary<int, (int Pairs, double Mde, double P, bool Flagged)>();
        for (var i = 0; i < pairs.Count; i++)
        {
            foreach (var j in new[] { pairs[i].JudgeA, pairs[i].JudgeB })
            {
                var a = byJudge.GetValueOrDefault(j, (0, 0, 1, false));
                byJudge[j] = (a.Pairs + 1, Math.Max(a.Mde, mde[i]), Math.Min(a.P, pairs[i].PValue), a.Flagged || pairs[i].Flagged);
            }
        }

        var key = data.Key;
        var level = pairs.Count > 0 ? options.Alpha / pairs.Count : double.NaN;
        foreach (var j in JudgesWithMarks(data))
        {
            if (!fitted || !byJudge.TryGetValue(j, out var a))
            {
                yield return new PowerRow(key.Season, key.Stage, key.Track, data.Judges[j], BiasKinds.Collusion, Untestable, 0, double.NaN, 0, level, double.NaN);
                continue;
            }

            var status = a.Flagged ? Flagged : a.Mde <= options.MaterialCorrelation ? Clean : Untestable;
            yield return new PowerRow(key.Season, key.Stage, key.Track, data.Judges[j], BiasKinds.Collusion, status, a.Pairs, a.Mde, 0, level, a.P);
        }
    }

    /// <summary>One judge's row of a kind whose findings name him alone: flagged when a finding of the kind names
    /// him, clean when the mde is at most the material size, untestable otherwise (NaN mde included).</summary>
    private static PowerRow Row(UnitData data, List<FindingRow> findings, int judge, string kind, int n, double mde, double material, double level)
    {
        var name = data.Judges[judge];
        var status = findings.Any(f => f.Kind == kind && f.Judge == name) ? Flagged : mde <= material ? Clean : Untestable;
        return new PowerRow(data.Key.Season, data.Key.Stage, data.Key.Track, name, kind, status, n, mde, 0, level, double.NaN);
    }

    /// <summary>The indices of the unit's judges who gave at least one mark, ascending.</summary>
    private static IEnumerable<int> JudgesWithMarks(UnitData data)
    {
        var has = new bool[data.Judges.Length];
        foreach (var r in data.Ratings)
        {
            has[r.Judge] = true;
        }

        return Enumerable.Range(0, has.Length).Where(j => has[j]);
    }
}
