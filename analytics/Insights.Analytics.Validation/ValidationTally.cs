using Insights.Analytics.Pipeline.Output;

namespace Insights.Analytics.Validation;

/// <summary>
/// Scores a study's outcomes against the truth: a finding that names a person is true when it names a planted
/// problem of its kind in its unit (both judges of a copying pair; the judge, project and criterion of a mistyped
/// mark), or an erratic judge as <c>inconsistent</c>; any other is a false finding. Findings about a season, track
/// or award (pooled favouritism excepted, which is false whenever nothing was planted) are counted apart.
/// </summary>
public static class ValidationTally
{
    /// <summary>Kinds of findings that name people (judges), whose false findings are the study's concern.</summary>
    public static IReadOnlyList<string> PersonKinds { get; } =
        ["lenient", "harsh", "central_tendency", "inconsistent", "halo", "outlier_score", "favoritism", "collusion", "drift", "panel_overlap"];

    /// <summary>Tallies every person kind and the pooled favouritism.</summary>
    /// <param name="outcomes">The study's seasons.</param>
    /// <returns>One tally per kind (person kinds, then <c>favoritism_pooled</c>).</returns>
    public static IReadOnlyList<KindTally> Tally(IReadOnlyList<SeasonOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var nulls = outcomes.Where(o => o.Scale == 0).ToList();
        var planted = outcomes.Where(o => o.Scale > 0).ToList();
        var tallies = new List<KindTally>();
        foreach (var kind in PersonKinds.Append("favoritism_pooled"))
        {
            var falseByNull = nulls.Select(o => o.Findings.Where(f => f.Kind == kind && !IsTrue(f, o)).ToList()).ToList();
            var power = new SortedDictionary<double, (int, int)>();
            foreach (var scale in planted.Select(o => o.Scale).Distinct().Order())
            {
                var seasons = planted.Where(o => o.Scale == scale).ToList();
                var plants = seasons.SelectMany(o => o.Season.Plants.Where(p => p.Kind == kind).Select(p => (o, p))).ToList();
                if (plants.Count > 0)
                {
                    power[scale] = (plants.Count, plants.Count(x => x.o.Findings.Any(f => Matches(f, x.p))));
                }
            }

            tallies.Add(new KindTally(
                kind,
                nulls.Count,
                falseByNull.Count(l => l.Any(f => f.Level == "error")),
                falseByNull.Count(l => l.Count > 0),
                falseByNull.Sum(l => l.Count(f => f.Level == "warning")),
                nulls.Zip(falseByNull).Sum(x => x.Second.Count(f => NamesErratic(f, x.First))),
                planted.Sum(o => o.Findings.Count(f => f.Kind == kind && !IsTrue(f, o))),
                planted.Count,
                power));
        }

        return tallies;
    }

    /// <summary>
    /// power.csv against the truth: per kind, the statuses of the planted judges at each ladder step (the copier
    /// for collusion), of the erratic judges for <c>inconsistent</c>, and of the ordinary judges of the null seasons
    /// (how often the design allows "clean"; their flagged rows are false findings).
    /// </summary>
    /// <param name="outcomes">The study's seasons.</param>
    /// <returns>One tally per kind and group (and ladder step), kinds in power.csv's order.</returns>
    public static IReadOnlyList<PowerTally> PowerStatuses(IReadOnlyList<SeasonOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var tallies = new List<PowerTally>();
        foreach (var plantKind in PlantKind.All)
        {
            var kind = PowerKind(plantKind);
            foreach (var scale in outcomes.Where(o => o.Scale > 0).Select(o => o.Scale).Distinct().Order())
            {
                var judges = outcomes.Where(o => o.Scale == scale)
                    .SelectMany(o => o.Season.Plants.Where(p => p.Kind == plantKind).Select(p => Status(o, kind, p.Stage, p.Track, p.Judge)));
                tallies.Add(Count(kind, "planted", scale, judges));
            }
        }

        tallies.Add(Count("inconsistent", "erratic", 0, outcomes.SelectMany(o => o.Season.Erratic.Select(e => Status(o, "inconsistent", e.Stage, e.Track, e.Judge)))));
        var nulls = outcomes.Where(o => o.Scale == 0).ToList();
        foreach (var kind in nulls.SelectMany(o => o.Power).Select(r => r.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            var rows = nulls.SelectMany(o => o.Power.Where(r => r.Kind == kind && !o.Season.Erratic.Contains((r.Stage, r.Track, r.Judge))).Select(r => r.Status));
            tallies.Add(Count(kind, "ordinary", 0, rows));
        }

        return tallies;
    }

    /// <summary>power.csv's kind of a plant kind (a harsh judge is tested by the severity rows).</summary>
    /// <param name="plantKind">The plant kind.</param>
    /// <returns>The kind of power.csv that covers it.</returns>
    public static string PowerKind(string plantKind) => plantKind == PlantKind.Harsh ? "severity" : plantKind;

    private static string? Status(SeasonOutcome o, string kind, string stage, string track, string judge) =>
        o.Power.FirstOrDefault(r => r.Kind == kind && r.Stage == stage && r.Track == track && r.Judge == judge)?.Status;

    private static PowerTally Count(string kind, string group, double scale, IEnumerable<string?> statuses)
    {
        int flagged = 0, clean = 0, untestable = 0, missing = 0;
        foreach (var s in statuses)
        {
            _ = s switch
            {
                "flagged" => flagged++,
                "clean" => clean++,
                "untestable" => untestable++,
                _ => missing++,
            };
        }

        return new PowerTally(kind, group, scale, flagged, clean, untestable, missing);
    }

    /// <summary>Share of the null seasons' season-wide affiliation intervals (95 %) that cover the true bonus 0.</summary>
    /// <param name="outcomes">The study's seasons.</param>
    /// <returns>(intervals, covering).</returns>
    public static (int Intervals, int Covering) AffiliationCoverage(IReadOnlyList<SeasonOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var intervals = outcomes.Where(o => o.Scale == 0).SelectMany(o => o.AffiliationBiases).Where(b => double.IsFinite(b.Lower) && double.IsFinite(b.Upper)).ToList();
        return (intervals.Count, intervals.Count(b => b.Lower <= 0 && b.Upper >= 0));
    }

    /// <summary>Whether a finding is true in its season.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="outcome">Its season.</param>
    /// <returns>True for a finding of a planted problem or an erratic judge's <c>inconsistent</c>.</returns>
    public static bool IsTrue(FindingRow finding, SeasonOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(outcome);
        if (finding.Kind == "favoritism_pooled")
        {
            return outcome.Season.Plants.Any(p => p.Kind == "favoritism");
        }

        if (finding.Kind == "inconsistent" && NamesErratic(finding, outcome))
        {
            return true;
        }

        return outcome.Season.Plants.Any(p => Matches(finding, p));
    }

    private static bool NamesErratic(FindingRow finding, SeasonOutcome outcome) =>
        finding.Judge.Split(';').Any(j => outcome.Season.Erratic.Contains((finding.Stage, finding.Track, j)));

    private static bool Matches(FindingRow f, Plant p)
    {
        if (f.Kind != p.Kind || f.Stage != p.Stage || f.Track != p.Track)
        {
            return false;
        }

        var named = f.Judge.Split(';');
        return p.Kind switch
        {
            PlantKind.Collusion => named.Contains(p.Judge) && named.Contains(p.Partner),
            PlantKind.OutlierScore => named.Contains(p.Judge) && f.Project == p.Partner && f.Criterion == p.Criterion,
            _ => named.Contains(p.Judge),
        };
    }
}
