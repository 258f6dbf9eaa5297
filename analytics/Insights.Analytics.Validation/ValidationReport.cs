using System.Globalization;
using System.Text;
using Insights.Model.Files;

namespace Insights.Analytics.Validation;

/// <summary>Writes a study's tables: validation.md (for docs/methods/validation.md) and validation.csv.</summary>
public static class ValidationReport
{
    /// <summary>The Markdown report.</summary>
    /// <param name="tallies">The kinds' tallies.</param>
    /// <param name="coverage">The affiliation intervals' coverage (intervals, covering).</param>
    /// <param name="command">The command line that reproduces it.</param>
    /// <param name="design">The design simulated.</param>
    /// <returns>Markdown text.</returns>
    public static string Markdown(IReadOnlyList<KindTally> tallies, (int Intervals, int Covering) coverage, string command, SimulationDesign design)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(design);
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.Append(inv, $"Command: `{command}`\n\n");
        md.Append(inv, $"Design per season: {design.Tracks} tracks; written review {design.WrittenProjects} projects, {design.WrittenJudges} judges, {design.RatersPerProject} readers per project, criteria {string.Join('/', design.WrittenCriteria)}; final {design.Finalists} finalists, {design.FinalJudges} judges, criteria {string.Join('/', design.FinalCriteria)}; ");
        md.Append(inv, $"quality SD {design.QualitySd} %, severity SD {design.SeveritySd} %, noise SD {design.NoiseSd} %, sheet SD {design.SheetSd} %, day SD {design.DaySd} %, erratic share {design.ErraticShare} (noise x{design.ErraticNoiseFactor}); strong cities {design.Cities[0]}, {design.Cities[1]} (+{design.CityQuality[0]} quality SD).\n\n");
        var scales = tallies.SelectMany(t => t.Power.Keys).Distinct().Order().ToList();
        md.Append("| kind | null seasons | seasons with a false error | rate | seasons with any false finding | false warnings per season | of the null's false findings, on erratic judges | false findings in planted seasons |");
        foreach (var s in scales)
        {
            md.Append(inv, $" power at x{s:0.##} |");
        }

        md.Append("\n|---|---|---|---|---|---|---|---|");
        md.Append(string.Concat(scales.Select(_ => "---|")));
        md.Append('\n');
        foreach (var t in tallies)
        {
            md.Append(inv, $"| `{t.Kind}` | {t.NullSeasons} | {t.NullSeasonsWithError} | {t.ErrorRate:0.000} | {t.NullSeasonsWithAny} | {t.WarningsPerSeason:0.000} | {t.NullOnErratic} | {t.PlantedFalse} in {t.PlantedSeasons} |");
            foreach (var s in scales)
            {
                md.Append(t.Power.TryGetValue(s, out var p) ? string.Create(inv, $" {p.Found}/{p.Planted} ({(double)p.Found / p.Planted:0.00}) |") : " |");
            }

            md.Append('\n');
        }

        var totalWarnings = tallies.Sum(t => t.NullWarnings) / (double)Math.Max(1, tallies.Max(t => t.NullSeasons));
        md.Append(inv, $"\nFalse warnings per null season, all kinds: {totalWarnings:0.000}. ");
        md.Append(inv, $"Season-wide affiliation intervals (95 %) covering the true 0 in null seasons: {coverage.Covering} of {coverage.Intervals}");
        md.Append(coverage.Intervals > 0 ? string.Create(inv, $" ({(double)coverage.Covering / coverage.Intervals:0.000}).\n") : ".\n");
        return md.ToString();
    }

    /// <summary>The Markdown table of power.csv against the truth (<see cref="ValidationTally.PowerStatuses"/>).</summary>
    /// <param name="statuses">The tallies of the judges' power.csv statuses.</param>
    /// <returns>Markdown text: a heading and one row per kind, group and step.</returns>
    public static string PowerMarkdown(IReadOnlyList<PowerTally> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder("\npower.csv against the truth (planted judges: the copier for collusion; a planted or erratic judge labelled `clean` is a miss where the design claimed 80 % power at the material size):\n\n");
        md.Append("| kind | judges | step | n | flagged | clean | untestable | no row | flagged of testable |\n|---|---|---|---|---|---|---|---|---|\n");
        foreach (var t in statuses)
        {
            var step = t.Group == "planted" ? string.Create(inv, $"x{t.Scale:0.##}") : "";
            md.Append(inv, $"| `{t.Kind}` | {t.Group} | {step} | {t.Judges} | {t.Flagged} | {t.Clean} | {t.Untestable} | {t.Missing} | {t.FlaggedShareOfTestable:0.00} |\n");
        }

        return md.ToString();
    }

    /// <summary>The CSV of the tallies: one row per kind and ladder step (step 0: the null row).</summary>
    /// <param name="tallies">The kinds' tallies.</param>
    /// <returns>CSV text.</returns>
    public static string Csv(IReadOnlyList<KindTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var rows = new List<string?[]>();
        foreach (var t in tallies)
        {
            rows.Add([t.Kind, "0", N(t.NullSeasons), N(t.NullSeasonsWithError), N(t.NullSeasonsWithAny), N(t.NullWarnings), N(t.NullOnErratic), null, null]);
            foreach (var (scale, (planted, found)) in t.Power)
            {
                rows.Add([t.Kind, N(scale), N(t.PlantedSeasons), null, null, null, null, N(planted), N(found)]);
            }
        }

        return CsvWriter.Text(["kind", "scale", "seasons", "seasons_with_false_error", "seasons_with_false_any", "false_warnings", "false_on_erratic", "planted", "found"], rows);
    }

    private static string N<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
