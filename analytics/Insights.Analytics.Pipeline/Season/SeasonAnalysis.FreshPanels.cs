using System.Globalization;
using Insights.Analytics.Pipeline.Units;
using Insights.Analytics.Robustness;

namespace Insights.Analytics.Pipeline.Season;

/// <content>The fresh-panel tier probabilities: the judge population pooled over a season's final roadshows.</content>
public static partial class SeasonAnalysis
{
    /// <summary>
    /// Per season: the judge population from every complete final-roadshow panel of its tracks
    /// (<see cref="FreshPanel.Estimate"/>), then per track the probability that a fresh panel of new judges gives each
    /// project its tier (projects.csv p_tier_fresh, p_award_fresh). Returns the units with their project rows filled in
    /// and a note per season for summary.json.
    /// </summary>
    private static List<string> FreshPanels(UnitResult[] results, AnalyzeOptions options)
    {
        var notes = new List<string>();
        // Unit indices (not the units) per season: the seed is the unit's place in the run, and the row is replaced there.
        var seasons = Enumerable.Range(0, results.Length).Where(i => results[i].Award is not null)
            .GroupBy(i => results[i].Key.Season).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var season in seasons)
        {
            var population = FreshPanel.Estimate(season.Select(i => results[i].Award!.Totals));
            if (population.Panels == 0)
            {
                notes.Add($"{season.Key}: no fresh-panel probabilities (no complete final panel of at least 3 judges and 4 projects).");
                continue;
            }

            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{season.Key}: fresh-panel judge population from {population.Panels} final panel(s), {population.NoiseSds.Count} judges: level SD {Math.Sqrt(population.SeverityVariance):0.00} %, slope SD {Math.Sqrt(population.ScaleVariance):0.000}, noise SD {Math.Sqrt(population.NoiseVariance):0.00} % of the total range."));
            foreach (var index in season)
            {
                var unit = results[index];
                // A seed per unit from the run's seed and the unit's place in the run: reproducible, and tracks differ.
                var odds = FreshPanel.Predict(unit.Award!.Totals, unit.Award.Rule, population, options.Resamples, options.Seed + (7919 * (index + 1)));
                var projects = unit.Projects.ToList();
                foreach (var o in odds)
                {
                    projects[o.Project] = projects[o.Project] with { FreshKeepsTier = o.ProbabilityKeepTier, FreshAwarded = o.ProbabilityAwarded };
                }

                results[index] = unit with { Projects = projects };
            }
        }

        return notes;
    }
}
