using Insights.Analytics.Linking;

namespace Insights.Analytics.Tests.Linking;

/// <summary>
/// <see cref="StageLinking"/>: rank reversals on a hand-made example worked out below, common projects, panel overlap,
/// the weak-link warning, the restricted-range note and argument checks.
/// </summary>
public sealed class StageLinkingTests
{
    // Five finalists (A-E) plus one project (X) scored only in the preliminary, z = 1.96.
    //
    //        preliminary     final
    //        score   se      score  se
    //   A    90.0    1.0     70     2
    //   B    85.0    1.0     78     2
    //   C    80.0    2.0     82     1
    //   D    79.0    0.5     60     1
    //   E    89.5    0.5     95     1
    //
    // Pair   d_pre  z·√(se²+se²) pre      d_fin  z·√(se²+se²) final   flagged?
    // A-B     5.0   1.96·√2    = 2.772    -8    1.96·√8   = 5.544     yes: opposite signs, both beyond noise
    // A-C    10.0   1.96·√5    = 4.383   -12    1.96·√5   = 4.383     yes
    // A-D    11.0                          10                          no: same sign
    // A-E     0.5   1.96·√1.25 = 2.191   -25                          no: preliminary gap within noise
    // B-C     5.0   1.96·√5    = 4.383    -4    1.96·√5   = 4.383     no: final gap within noise
    // B-D     6.0                          18                          no: same sign
    // B-E    -4.5                         -17                          no: same sign
    // C-D     1.0                          22                          no: same sign
    // C-E    -9.5                         -13                          no: same sign
    // D-E   -10.5                         -35                          no: same sign
    // Flags, largest final gap first: (A ahead, C ahead in final, 10, -12), then (A, B, 5, -8).
    private static readonly StageScore[] s_preliminary =
    [
        new("A", 90.0, 1.0), new("B", 85.0, 1.0), new("C", 80.0, 2.0), new("D", 79.0, 0.5), new("E", 89.5, 0.5), new("X", 50.0, 3.0),
    ];

    private static readonly StageScore[] s_final =
    [
        new("A", 70, 2), new("B", 78, 2), new("C", 82, 1), new("D", 60, 1), new("E", 95, 1),
    ];

    [Fact]
    public void Rank_reversals_match_the_hand_worked_example()
    {
        var result = StageLinking.Analyze("T03", s_preliminary, s_final, ["J1", "J2"], ["F1", "F2"]);

        Assert.Equal(["A", "B", "C", "D", "E"], result.CommonProjects);
        Assert.Equal(10, result.PairsCompared);
        Assert.Equal(StageLinking.DefaultZ, result.Z);
        Assert.Equal(2, result.Reversals.Count);
        var first = result.Reversals[0];
        Assert.Equal(("A", "C", 10.0, -12.0), (first.AheadInPreliminary, first.AheadInFinal, first.PreliminaryDifference, first.FinalDifference));
        Assert.Equal(1.96 * Math.Sqrt(5), first.PreliminaryThreshold, 1e-12);
        Assert.Equal(1.96 * Math.Sqrt(5), first.FinalThreshold, 1e-12);
        var second = result.Reversals[1];
        Assert.Equal(("A", "B", 5.0, -8.0), (second.AheadInPreliminary, second.AheadInFinal, second.PreliminaryDifference, second.FinalDifference));
        Assert.Equal(1.96 * Math.Sqrt(2), second.PreliminaryThreshold, 1e-12);
        Assert.Equal(1.96 * Math.Sqrt(8), second.FinalThreshold, 1e-12);
        Assert.Empty(result.OverlapJudges);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_smaller_z_flags_the_pair_within_noise_and_a_larger_one_flags_none()
    {
        // B-C: |d_fin| = 4 < 4.383 at z = 1.96 but > 1.5 √5 = 3.354 at z = 1.5 (d_pre 5 > 3.354 too).
        var loose = StageLinking.Analyze("T03", s_preliminary, s_final, [], [], z: 1.5);
        Assert.Contains(loose.Reversals, r => r.AheadInPreliminary == "B" && r.AheadInFinal == "C");
        Assert.Equal(3, loose.Reversals.Count);
        // At z = 4: A-B's preliminary gap 5 < 4 √2 = 5.66 fails; A-C's gaps 10 and 12 > 4 √5 = 8.94 pass.
        var strict = StageLinking.Analyze("T03", s_preliminary, s_final, [], [], z: 4);
        Assert.Equal("C", Assert.Single(strict.Reversals).AheadInFinal);
    }

    [Fact]
    public void Correlation_of_the_finalists_carries_the_restricted_range_note()
    {
        var result = StageLinking.Analyze("T03", s_preliminary, s_final, [], []);

        // Preliminary ranks A5 B3 C2 D1 E4; final ranks A2 B3 C4 D1 E5: d = 3, 0, -2, 0, -1, Σd² = 14,
        // ρ = 1 - 6 · 14 / (5 · 24) = 0.3.
        Assert.NotNull(result.Correlation);
        Assert.Equal(0.3, result.Correlation.Rho, 1e-12);
        Assert.Equal(SpearmanPValueMethod.ExactPermutation, result.Correlation.Method);
        Assert.Contains(StageLinking.RestrictedRangeNote, result.Notes);
        Assert.Contains("attenuated", StageLinking.RestrictedRangeNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Judges_on_both_stages_are_panel_overlap_findings()
    {
        var result = StageLinking.Analyze("T05", s_preliminary, s_final, ["J1", "J2", "J3", "J2"], ["F1", "J3", "J1"]);

        Assert.Equal(["J1", "J3"], result.OverlapJudges);
        Assert.Equal(2, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal((LinkingFindingKinds.PanelOverlap, "error", "T05"), (f.Kind, f.Level, f.TrackCode)));
        Assert.Equal(["J1", "J3"], result.Findings.Select(f => f.JudgeId));
    }

    [Fact]
    public void Fewer_than_five_common_projects_warn_and_under_three_give_no_correlation()
    {
        var four = StageLinking.Analyze("T07", s_preliminary, s_final.Take(4).ToList(), [], []);
        Assert.Equal(4, four.CommonProjects.Count);
        var warning = Assert.Single(four.Findings);
        Assert.Equal((LinkingFindingKinds.WeakStageLink, "warning", 4.0), (warning.Kind, warning.Level, warning.Statistic));
        Assert.NotNull(four.Correlation);

        var two = StageLinking.Analyze("T07", s_preliminary, s_final.Take(2).ToList(), [], []);
        Assert.Null(two.Correlation);
        Assert.DoesNotContain(StageLinking.RestrictedRangeNote, two.Notes);
        Assert.Equal(1, two.PairsCompared);

        var none = StageLinking.Analyze("T07", s_preliminary, [], [], []);
        Assert.Empty(none.CommonProjects);
        Assert.Equal(0, none.PairsCompared);
    }

    [Fact]
    public void Bad_input_throws()
    {
        Assert.Throws<ArgumentException>(() => StageLinking.Analyze("T01", [new("A", 1, 1), new("A", 2, 1)], s_final, [], []));
        Assert.Throws<ArgumentException>(() => StageLinking.Analyze("T01", [new("A", double.NaN, 1)], s_final, [], []));
        Assert.Throws<ArgumentException>(() => StageLinking.Analyze("T01", s_preliminary, [new("A", 1, -1)], [], []));
        Assert.Throws<ArgumentException>(() => StageLinking.Analyze("T01", s_preliminary, s_final, [], [], z: 0));
        Assert.Throws<ArgumentNullException>(() => StageLinking.Analyze("T01", null!, s_final, [], []));
    }
}
