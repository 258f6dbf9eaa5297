using Insights.Analytics.Bias;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Pipeline.Units;
using Insights.Analytics.Testing;

namespace Insights.Analytics.Pipeline.Season;

/// <content>The judges' favouritism tests of a season: their false discovery rate and their power.</content>
public static partial class SeasonAnalysis
{
    /// <summary>Status of a judge the test flagged.</summary>
    public const string Flagged = "flagged";

    /// <summary>Status of a judge the test would have found with a material effect, and did not flag.</summary>
    public const string Clean = "clean";

    /// <summary>Status of a judge the test could not have found with a material effect (or did not test).</summary>
    public const string Untestable = "untestable";

    /// <summary>
    /// Flags favouritism by Benjamini-Hochberg at q = <see cref="FavouritismOptions.Alpha"/> over the judges tested in
    /// each season (all its units), and returns the power rows: per judge with an affiliated project his status, the
    /// minimum detectable bonus at q / m (the level the first step of the procedure needs, m judges tested in the
    /// season) with <see cref="FavouritismOptions.Power"/>, and his smallest attainable p-value.
    /// </summary>
    private static List<PowerRow> FavouritismFindings(UnitResult[] results, FavouritismOptions options, List<FindingRow> findings)
    {
        var rows = new List<PowerRow>();
        foreach (var season in results.GroupBy(r => r.Key.Season, StringComparer.Ordinal))
        {
            var units = season.ToList();
            var adjusted = FalseDiscovery.Adjust([.. units.SelectMany(r => r.Favouritism.Select(e => e.Tested ? e.PValue : double.NaN))]);
            var level = options.Alpha / Math.Max(1, units.Sum(r => r.Favouritism.Count(e => e.Tested)));
            var offset = 0;
            foreach (var r in units)
            {
                var mine = adjusted.AsSpan(offset, r.Favouritism.Count).ToArray();
                offset += r.Favouritism.Count;
                var flags = Favouritism.Flag(r.Favouritism, r.ScaleRange, options, new ElementNames(r.JudgeIds), mine);
                findings.AddRange(flags.Select(f => new FindingRow(
                    f.Kind, Anomalies.AnomalyKinds.LevelName(f.Level), r.Key.Season, r.Key.Stage, r.Key.Track, "", r.JudgeIds[f.Judge], "", "",
                    f.Statistic, f.PValue, f.EvidenceZh, f.EvidenceEn)));
                var flagged = flags.Select(f => f.Judge).ToHashSet();
                var material = options.MaterialShare * r.ScaleRange;
                foreach (var e in r.Favouritism)
                {
                    var mde = Favouritism.MinimumDetectable(e, level, options.Power);
                    var status = flagged.Contains(e.Judge) ? Flagged
                        : e.Tested && mde <= material && e.MinimumPValue <= level ? Clean
                        : Untestable;
                    rows.Add(new PowerRow(r.Key.Season, r.Key.Stage, r.Key.Track, r.JudgeIds[e.Judge], BiasKinds.Favoritism, status,
                        e.Affiliated, mde, e.MinimumPValue, level, e.PValue));
                }
            }
        }

        return rows;
    }

    /// <summary>power.csv's order: season, track, stage (the notice's order), kind, judge.</summary>
    private static List<PowerRow> SortPower(List<PowerRow> rows)
    {
        rows.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Season, b.Season);
            c = c != 0 ? c : string.CompareOrdinal(a.Track, b.Track);
            c = c != 0 ? c : NoticeStages.Order(a.Stage).CompareTo(NoticeStages.Order(b.Stage));
            c = c != 0 ? c : string.CompareOrdinal(a.Stage, b.Stage);
            c = c != 0 ? c : string.CompareOrdinal(a.Kind, b.Kind);
            return c != 0 ? c : string.CompareOrdinal(a.Judge, b.Judge);
        });
        return rows;
    }
}
