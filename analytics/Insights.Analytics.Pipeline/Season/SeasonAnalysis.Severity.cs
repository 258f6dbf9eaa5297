using Insights.Analytics.Anomalies;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Units;
using Insights.Analytics.Testing;

namespace Insights.Analytics.Pipeline.Season;

/// <content>Lenient and harsh judges under the season's false-discovery control.</content>
public static partial class SeasonAnalysis
{
    /// <summary>The false-discovery level of the lenient/harsh tests, per season.</summary>
    public const double SeverityFalseDiscovery = 0.05;

    /// <summary>
    /// Benjamini-Hochberg over every judge tested in the season (each unit's judges: the same person in two stages is
    /// two tests), separately for the test of severity = 0 and the minimum-effect test, then the findings per unit
    /// (<see cref="SeverityTest.Flag"/>). Returns a power row per judge tested (kind <c>severity</c>): flagged (lenient
    /// or harsh), clean (the minimum detectable severity at the first step's level q / m with 80 % power is at most
    /// <see cref="SeverityTest.MaterialShare"/> of the range) or untestable.
    /// </summary>
    private static List<PowerRow> SeverityFindings(UnitResult[] results, List<FindingRow> findings)
    {
        var rows = new List<PowerRow>();
        foreach (var season in results.Where(r => r.SeverityCandidates is { Count: > 0 }).GroupBy(r => r.Key.Season))
        {
            var units = season.ToList();
            var all = units.SelectMany(r => r.SeverityCandidates!).ToList();
            var adjusted = FalseDiscovery.Adjust([.. all.Select(c => c.PValue)]);
            var adjustedBeyond = FalseDiscovery.Adjust([.. all.Select(c => c.PValueBeyond)]);
            var level = SeverityFalseDiscovery / all.Count;
            var offset = 0;
            foreach (var r in units)
            {
                var n = r.SeverityCandidates!.Count;
                var flagged = SeverityTest.Flag(r.SeverityCandidates, adjusted[offset..(offset + n)], adjustedBeyond[offset..(offset + n)],
                    r.ScaleRange / 100, SeverityFalseDiscovery, new ElementNames(r.JudgeIds));
                offset += n;
                findings.AddRange(flagged.Select(f => new FindingRow(
                    f.Kind, AnomalyKinds.LevelName(f.Level), r.Key.Season, r.Key.Stage, r.Key.Track, r.JudgePanels?[f.Judge] ?? "", r.JudgeIds[f.Judge], "", "",
                    f.Statistic, f.PValue, f.EvidenceZh, f.EvidenceEn)));
                var named = flagged.Select(f => f.Judge).ToHashSet();
                foreach (var c in r.SeverityCandidates)
                {
                    var mde = SeverityTest.MinimumDetectable(c, level, PowerOfMde);
                    var status = named.Contains(c.Judge) ? Flagged : mde <= 100 * SeverityTest.MaterialShare ? Clean : Untestable;
                    // In percent of the range, like the contrast; the smallest p of a t-test is 0.
                    rows.Add(new PowerRow(r.Key.Season, r.Key.Stage, r.Key.Track, r.JudgeIds[c.Judge], SeverityPowerKind, status,
                        (int)Math.Round(c.DegreesOfFreedom), mde, 0, level, c.PValue));
                }
            }
        }

        return rows;
    }

    /// <summary>The kind of the severity test's power rows (its findings are <c>lenient</c> or <c>harsh</c>).</summary>
    public const string SeverityPowerKind = "severity";

    /// <summary>The power at which minimum detectable effects are stated.</summary>
    private const double PowerOfMde = 0.80;
}
