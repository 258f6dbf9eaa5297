using Insights.Analytics.Bias;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Pipeline.Units;

namespace Insights.Analytics.Pipeline.Season;

/// <summary>
/// The analyze job without its files: reads every analysis unit of the warehouse, runs <see cref="UnitAnalysis"/>
/// on each (several at once, one warehouse connection per worker), then does what needs the whole season: the
/// favouritism test's Benjamini-Hochberg over the judges tested in each season (with its power table), the linking of each track's preliminary and final stages,
/// and the judges' flags. The result is ordered so that the same warehouse and seed give the same files.
/// </summary>
public static partial class SeasonAnalysis
{
    /// <summary>Permutations of the favouritism test: enough for p-values down to 5e-5, which Benjamini-Hochberg's
    /// first step over a season of a few hundred judges (q / m) needs.</summary>
    public const int FavouritismPermutations = 20_000;

    /// <summary>Analyses the warehouse.</summary>
    /// <param name="options">What to analyse.</param>
    /// <param name="progress">Receives a report after each unit; may be null.</param>
    /// <param name="cancellationToken">Stops between units.</param>
    /// <returns>The rows, findings and model notes.</returns>
    /// <exception cref="FileNotFoundException">The warehouse does not exist.</exception>
    /// <exception cref="InvalidOperationException">The warehouse holds no scores (for the season).</exception>
    public static AnalysisResult Run(AnalyzeOptions options, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Resamples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Parallelism);
        List<UnitKey> units;
        Dictionary<(string Season, string Stage, string Track), int> next;
        Dictionary<(string Season, string Stage), StagePlan> plans;
        Dictionary<(string Season, string Stage, string Track), Dictionary<string, string>> published;
        Dictionary<string, Affiliations> affiliations;
        using (var connection = WarehouseReader.OpenReadOnly(options.Warehouse))
        {
            units = WarehouseReader.Units(connection, options.Season, options.Pool);
            if (units.Count == 0)
            {
                throw new InvalidOperationException(options.Season is null
                    ? $"数据仓库中没有评分 / the warehouse {options.Warehouse} holds no scores (fact_score is empty)."
                    : $"数据仓库中没有赛季 {options.Season} 的评分 / the warehouse {options.Warehouse} holds no scores of season {options.Season}.");
            }

            plans = StagePlans.Read(connection, options.Season);
            next = StagePlans.NextStageProjects(connection, options.Season);
            published = StagePlans.PublishedAwards(connection, options.Season);
            affiliations = units.Select(u => u.Season).Distinct().ToDictionary(s => s, s => Affiliations.Read(connection, s), StringComparer.Ordinal);
        }

        var favouritism = new FavouritismOptions(Permutations: FavouritismPermutations, Seed: options.Seed);
        var results = AnalyseUnits(options, units, key => new UnitSettings(
            affiliations[key.Season].Affiliated, next.GetValueOrDefault((key.Season, key.Stage, key.Track)), options.Seed, options.Resamples, favouritism)
        {
            Plan = plans.GetValueOrDefault((key.Season, key.Stage)),
            Published = published.GetValueOrDefault((key.Season, key.Stage, key.Track)) ?? (published.Keys.Any(k => k.Season == key.Season) ? new Dictionary<string, string>() : null),
        },
            progress, cancellationToken);
        var fresh = FreshPanels(results, options);

        var findings = results.SelectMany(r => r.Findings).ToList();
        var family = results.Sum(r => r.Favouritism.Count(e => e.Tested));
        var power = FavouritismFindings(results, favouritism, findings);

        power = SortPower([.. power, .. SeverityFindings(results, findings), .. results.SelectMany(r => r.Power ?? [])]);
        var affiliation = AffiliationBiases(results, findings);
        var links = options.Pool ? [] : Link(results, plans, findings);
        findings.Sort(CompareFindings);
        var judges = WithFlags(results.SelectMany(r => r.Judges), findings);
        return new AnalysisResult(
            options,
            [.. units.Select(u => u.Season).Distinct().Order(StringComparer.Ordinal)],
            judges,
            [.. results.SelectMany(r => r.Panels)],
            [.. results.SelectMany(r => r.Projects)],
            findings,
            [.. results.Select(r => r.Model)],
            links,
            affiliation,
            family,
            FavouritismPermutations,
            [.. results.SelectMany(r => r.Warnings)],
            [.. results.SelectMany(r => r.Margins)],
            [.. results.SelectMany(r => r.Rasch)])
        {
            Power = power,
            FreshPanelNotes = fresh,
        };
    }

    private static UnitResult[] AnalyseUnits(
        AnalyzeOptions options, List<UnitKey> units, Func<UnitKey, UnitSettings> settings, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        var results = new UnitResult[units.Count];
        var next = -1;
        var done = 0;
        var gate = new object();
        // One connection per worker (DuckDB connections are not shared across threads); results land by unit index,
        // so the order of completion does not reach the output.
        var workers = Enumerable.Range(0, Math.Min(options.Parallelism, units.Count)).Select(_ => Task.Run(() =>
        {
            using var connection = WarehouseReader.OpenReadOnly(options.Warehouse);
            int i;
            while ((i = Interlocked.Increment(ref next)) < units.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var data = WarehouseReader.Read(connection, units[i]);
                results[i] = UnitAnalysis.Run(data, settings(units[i]));
                lock (gate)
                {
                    done++;
                    progress?.Report(new AnalysisProgress(done, units.Count, units[i].ToString(), results[i].Marks));
                }
            }
        }, cancellationToken)).ToArray();
        Task.WaitAll(workers, cancellationToken);
        return results;
    }

    private static List<JudgeRow> WithFlags(IEnumerable<JudgeRow> judges, List<FindingRow> findings)
    {
        var flags = new Dictionary<(string, string, string, string), SortedSet<string>>();
        foreach (var f in findings.Where(f => f.Judge.Length > 0))
        {
            foreach (var judge in f.Judge.Split(';'))
            {
                var key = (f.Season, f.Stage, f.Track, judge);
                if (!flags.TryGetValue(key, out var set))
                {
                    flags[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(f.Kind);
            }
        }

        return [.. judges.Select(j => flags.TryGetValue((j.Season, j.Stage, j.Track, j.Judge), out var set) ? j with { Flags = string.Join(';', set) } : j)];
    }

    private static int CompareFindings(FindingRow a, FindingRow b)
    {
        var c = string.CompareOrdinal(a.Season, b.Season);
        c = c != 0 ? c : string.CompareOrdinal(a.Track, b.Track);
        c = c != 0 ? c : NoticeStages.Order(a.Stage).CompareTo(NoticeStages.Order(b.Stage));
        c = c != 0 ? c : string.CompareOrdinal(a.Stage, b.Stage);
        c = c != 0 ? c : string.CompareOrdinal(a.Kind, b.Kind);
        c = c != 0 ? c : string.CompareOrdinal(a.Judge, b.Judge);
        c = c != 0 ? c : string.CompareOrdinal(a.Project, b.Project);
        c = c != 0 ? c : string.CompareOrdinal(a.Criterion, b.Criterion);
        return c != 0 ? c : string.CompareOrdinal(a.Panel, b.Panel);
    }
}
