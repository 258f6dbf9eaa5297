using System.Globalization;
using Insights.Analytics.Severity;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Anomalies;

/// <summary>
/// Lenient and harsh judges: a severity (−BLUP of the judge) beyond its confidence interval and beyond a practical
/// share of the criterion scale range.
/// </summary>
public static class SeverityExtremes
{
    /// <summary>
    /// Flags a judge when |severity| &gt; <see cref="SeverityExtremesOptions.ConfidenceZ"/> × SE and
    /// |severity| &gt; <see cref="SeverityExtremesOptions.PracticalShare"/> × <paramref name="scaleRange"/>
    /// (error beyond twice the practical threshold). Positive severity is <see cref="AnomalyKinds.Harsh"/>,
    /// negative <see cref="AnomalyKinds.Lenient"/>.
    /// </summary>
    /// <param name="fit">The fitted severity model of the unit.</param>
    /// <param name="scaleRange">The criterion scale range in score points (max − min; 100 for 0-100 marks).</param>
    /// <param name="options">Thresholds; <see cref="SeverityExtremesOptions.Default"/> when null.</param>
    /// <param name="names">Names of the unit's judges, projects and criteria for the evidence text; indices when null.</param>
    /// <returns>One finding per flagged judge, in judge order: <see cref="JudgeFinding.Statistic"/> is the
    /// severity in score points, <see cref="JudgeFinding.Z"/> = severity / SE and
    /// <see cref="JudgeFinding.PValue"/> its two-sided normal p-value.</returns>
    /// <exception cref="ArgumentException">A non-positive scale range or bad options.</exception>
    public static IReadOnlyList<JudgeFinding> Detect(SeverityFit fit, double scaleRange, SeverityExtremesOptions? options = null, ElementNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        options ??= SeverityExtremesOptions.Default;
        names ??= ElementNames.Indices;
        if (!(scaleRange > 0) || double.IsInfinity(scaleRange))
        {
            throw new ArgumentOutOfRangeException(nameof(scaleRange), scaleRange, "The scale range must be positive and finite.");
        }

        if (!(options.ConfidenceZ >= 0) || !(options.PracticalShare >= 0))
        {
            throw new ArgumentException("Thresholds must be non-negative.", nameof(options));
        }

        var practical = options.PracticalShare * scaleRange;
        var findings = new List<JudgeFinding>();
        foreach (var s in fit.Severities.OrderBy(s => s.Judge))
        {
            var size = Math.Abs(s.Severity);
            var z = s.StandardError > 0 ? s.Severity / s.StandardError : (s.Severity == 0 ? 0 : Math.CopySign(double.PositiveInfinity, s.Severity));
            if (!(size > practical && Math.Abs(z) > options.ConfidenceZ))
            {
                continue;
            }

            var harsh = s.Severity > 0;
            var level = size > 2 * practical ? AnomalyLevel.Error : AnomalyLevel.Warning;
            var p = 2 * Normal.CDF(0, 1, -Math.Abs(z));
            var en = string.Create(CultureInfo.InvariantCulture,
                $"Judge {names.Judge(s.Judge)} scores {size:0.0} points {(harsh ? "below" : "above")} an average judge (SE {s.StandardError:0.00}, z = {z:0.0}; limit {practical:0.0} points).");
            var zh = string.Create(CultureInfo.InvariantCulture,
                $"评委{names.Judge(s.Judge)}的评分比一般评委{(harsh ? "低" : "高")}{size:0.0}分（标准误{s.StandardError:0.00}，z = {z:0.0}；界限{practical:0.0}分），{(harsh ? "偏严" : "偏松")}。");
            findings.Add(new JudgeFinding(harsh ? AnomalyKinds.Harsh : AnomalyKinds.Lenient, s.Judge, s.Severity, z, p, level, en, zh));
        }

        return findings;
    }
}
