using Insights.Analytics.Anomalies;

namespace Insights.Analytics.Tests.Anomalies;

public sealed class SeverityExtremesTests
{
    [Fact]
    public void Hand_made_severities_are_flagged_beyond_both_thresholds()
    {
        // Severity = -BLUP. On a 0-100 scale the default practical limit is 10 points (error beyond 20):
        //   judge 0: severity -12, SE 0.7 → z = -17.1, 12 > 10 → lenient, warning
        //   judge 1: severity +25, SE 1.0 → z = 25, 25 > 20 → harsh, error
        //   judge 2: severity +12, SE 8.0 → z = 1.5 < 1.96: inside its confidence interval, not flagged
        //   judge 3: severity +4,  SE 0.1 → z = 40 but 4 < 10 points: not flagged
        var fit = AnomalyTestData.Fit([70], [0], [12, -25, -12, -4], 25, [0.7, 1.0, 8.0, 0.1]);

        var findings = SeverityExtremes.Detect(fit, 100);

        Assert.Equal(2, findings.Count);
        Assert.Equal((AnomalyKinds.Lenient, 0, AnomalyLevel.Warning), (findings[0].Kind, findings[0].Judge, findings[0].Level));
        Assert.Equal(-12, findings[0].Statistic, 10);
        Assert.Equal(-12 / 0.7, findings[0].Z, 10);
        Assert.Contains("above", findings[0].EvidenceEn, StringComparison.Ordinal);
        Assert.Contains("偏松", findings[0].EvidenceZh, StringComparison.Ordinal);
        Assert.Equal((AnomalyKinds.Harsh, 1, AnomalyLevel.Error), (findings[1].Kind, findings[1].Judge, findings[1].Level));
        Assert.True(findings[1].PValue < 1e-100);
    }

    [Fact]
    public void The_practical_threshold_follows_the_scale_range_and_options()
    {
        // On a 1-10 scale (range 9) 10 % is 0.9 points: severity 1.0 (SE 0.1) is flagged, 0.8 is not.
        var fit = AnomalyTestData.Fit([7], [0], [-1.0, -0.8], 0.5, [0.1, 0.1]);
        var harsh = Assert.Single(SeverityExtremes.Detect(fit, 9));
        Assert.Equal((AnomalyKinds.Harsh, 0), (harsh.Kind, harsh.Judge));

        // With 5 % (0.45 points) both are.
        Assert.Equal(2, SeverityExtremes.Detect(fit, 9, new SeverityExtremesOptions(PracticalShare: 0.05)).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => SeverityExtremes.Detect(fit, 0));
        Assert.Throws<ArgumentException>(() => SeverityExtremes.Detect(fit, 9, new SeverityExtremesOptions(ConfidenceZ: -1)));
    }
}
