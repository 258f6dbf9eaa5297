using System.Globalization;
using Insights.Analytics.Severity;
using Insights.Analytics.Testing;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Anomalies;

/// <summary>
/// Lenient and harsh judges from the within-project severity contrasts (<see cref="JudgeContrasts"/>), which depend
/// on no estimated variance component. Two tests per judge, each under Benjamini-Hochberg over the season's judges:
/// a <b>warning</b> when the reported severity (the severity model's shrunk estimate, as judges.csv gives it) is beyond
/// the practical threshold (10 % of the range) and the contrast differs from 0 (two-sided t, BH-adjusted p ≤ q); an <b>error</b> when it is beyond the practical threshold with confidence (the
/// minimum-effect test of H0: |severity| ≤ threshold, one-sided t at the threshold, BH-adjusted p ≤ q). A judge whose
/// true severity is within the threshold is then named at error level with a probability controlled by q; a
/// warning says "clearly not average, and large", an error "larger than the organizers' tolerance, beyond doubt".
/// </summary>
public static class SeverityTest
{
    /// <summary>The practical threshold as a share of the range (as <see cref="SeverityExtremesOptions.PracticalShare"/>).</summary>
    public const double PracticalShare = 0.10;

    /// <summary>
    /// The severity a judge reported clean must have been detectable (15 % of the range, the validation study's
    /// realistic lenient or harsh judge); a larger minimum detectable severity makes him untestable.
    /// </summary>
    public const double MaterialShare = 0.15;

    /// <summary>
    /// The smallest severity the contrast test finds with the given power at a two-sided level:
    /// (t⁻¹(1 − level / 2) + t⁻¹(power)) × SE on the contrast's degrees of freedom, in percent of the range.
    /// </summary>
    /// <param name="candidate">The judge's contrast.</param>
    /// <param name="level">The two-sided level the judge's p-value must reach on its own (the first step of
    /// Benjamini-Hochberg: q / m).</param>
    /// <param name="power">The power, in (0, 1).</param>
    /// <returns>The minimum detectable severity in percent; NaN when the SE or the degrees of freedom are not usable.</returns>
    public static double MinimumDetectable(SeverityCandidate candidate, double level, double power)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (!(level is > 0 and < 1) || !(power is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), "The level and the power must lie in (0, 1).");
        }

        var df = candidate.DegreesOfFreedom;
        return double.IsFinite(candidate.StandardError) && candidate.StandardError > 0 && df > 0 && double.IsFinite(df)
            ? (StudentTQuantile.Of(df, 1 - (level / 2)) + StudentTQuantile.Of(df, power)) * candidate.StandardError
            : double.NaN;
    }

    /// <summary>The tests of every judge of a unit.</summary>
    /// <param name="contrasts">The unit's contrasts.</param>
    /// <param name="practicalShare">The practical threshold as a share of the range.</param>
    /// <param name="reported">Per judge index, the severity model's estimate in percent of the range (the size that
    /// is reported and must exceed the threshold for a warning); the contrast itself where absent.</param>
    /// <returns>One candidate per judge with a positive standard error.</returns>
    public static IReadOnlyList<SeverityCandidate> Candidates(
        IReadOnlyList<JudgeContrast> contrasts, double practicalShare = PracticalShare, IReadOnlyDictionary<int, double>? reported = null)
    {
        ArgumentNullException.ThrowIfNull(contrasts);
        ArgumentOutOfRangeException.ThrowIfNegative(practicalShare);
        var threshold = 100 * practicalShare;
        var list = new List<SeverityCandidate>(contrasts.Count);
        foreach (var c in contrasts.Where(c => c.StandardError > 0 && double.IsFinite(c.StandardError)))
        {
            var t = new StudentT(0, 1, c.DegreesOfFreedom);
            var p = 2 * t.CumulativeDistribution(-Math.Abs(c.Severity) / c.StandardError);
            var beyond = 1 - t.CumulativeDistribution((Math.Abs(c.Severity) - threshold) / c.StandardError);
            list.Add(new SeverityCandidate(c.Judge, c.Severity, c.StandardError, c.DegreesOfFreedom, Math.Min(1, p), beyond,
                reported is not null && reported.TryGetValue(c.Judge, out var r) && double.IsFinite(r) ? r : c.Severity));
        }

        return list;
    }

    /// <summary>The findings of one unit given the season's adjusted p-values of its candidates.</summary>
    /// <param name="candidates">The unit's candidates.</param>
    /// <param name="adjusted">BH-adjusted <see cref="SeverityCandidate.PValue"/>, same order.</param>
    /// <param name="adjustedBeyond">BH-adjusted <see cref="SeverityCandidate.PValueBeyond"/>, same order.</param>
    /// <param name="pointsPerPercent">Score points per percent of range (the unit's mean range / 100), for the statistic.</param>
    /// <param name="q">The false-discovery level.</param>
    /// <param name="names">Names of the unit's judges; indices when null.</param>
    /// <param name="practicalShare">The practical threshold as a share of the range.</param>
    /// <returns>One lenient or harsh finding per flagged judge: statistic = severity in points, Z = t, p = BH-adjusted
    /// p-value of the test that set the level.</returns>
    public static IReadOnlyList<JudgeFinding> Flag(
        IReadOnlyList<SeverityCandidate> candidates, IReadOnlyList<double> adjusted, IReadOnlyList<double> adjustedBeyond,
        double pointsPerPercent, double q = 0.05, ElementNames? names = null, double practicalShare = PracticalShare)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(adjusted);
        ArgumentNullException.ThrowIfNull(adjustedBeyond);
        if (adjusted.Count != candidates.Count || adjustedBeyond.Count != candidates.Count)
        {
            throw new ArgumentException("One adjusted p-value of each test per candidate.", nameof(adjusted));
        }

        names ??= ElementNames.Indices;
        var threshold = 100 * practicalShare;
        var findings = new List<JudgeFinding>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var size = Math.Abs(c.Reported);
            var error = adjustedBeyond[i] <= q && Math.Sign(c.Reported) == Math.Sign(c.Severity);
            if (!error && !(size > threshold && adjusted[i] <= q && Math.Sign(c.Reported) == Math.Sign(c.Severity)))
            {
                continue;
            }

            var harsh = c.Reported > 0;
            var t = c.Severity / c.StandardError;
            var p = error ? adjustedBeyond[i] : adjusted[i];
            var points = size * pointsPerPercent;
            var pText = p.ToString("0.####", CultureInfo.InvariantCulture);
            var tailEn = error ? $"beyond the limit with confidence (BH-adjusted p = {pText})." : $"differs from 0 (BH-adjusted p = {pText}) but is not beyond the limit with confidence.";
            var tailZh = error ? $"确定超出界限（BH校正p = {pText}），{(harsh ? "偏严" : "偏松")}。" : $"与平均评委有显著差异（BH校正p = {pText}），但未能确定超出界限，{(harsh ? "疑似偏严" : "疑似偏松")}。";
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Judge {names.Judge(c.Judge)} marks the same projects {size:0.0} % of the range ({points:0.0} points) {(harsh ? "below" : "above")} the average judge (within-project contrast {c.Severity:0.0} %, SE {c.StandardError:0.0} %, t = {t:0.0}, {c.DegreesOfFreedom:0} df; limit {threshold:0} %); {tailEn}");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(c.Judge)}对相同项目的评分比一般评委{(harsh ? "低" : "高")}量程的{size:0.0}%（{points:0.0}分；项目内对比{c.Severity:0.0}%，标准误{c.StandardError:0.0}%，t = {t:0.0}，自由度{c.DegreesOfFreedom:0}；界限{threshold:0}%），{tailZh}");
            findings.Add(new JudgeFinding(harsh ? AnomalyKinds.Harsh : AnomalyKinds.Lenient, c.Judge, c.Reported * pointsPerPercent, t, p,
                error ? AnomalyLevel.Error : AnomalyLevel.Warning, en, zh));
        }

        return findings;
    }
}
