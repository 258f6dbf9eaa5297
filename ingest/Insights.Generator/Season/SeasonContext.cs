using System.Globalization;
using Insights.Generator.Planning;
using Insights.Generator.Randomness;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// What every step of a season's generation reads and none changes: the options, the season's reference data, the
/// root random stream (steps only fork it, which never advances it, so a step's draws do not depend on which steps ran
/// before it) and the dates and id prefix derived from them.
/// </summary>
/// <param name="Options">What to generate and where.</param>
/// <param name="Catalog">The season's reference data.</param>
/// <param name="Progress">Receives progress per step; may be null.</param>
internal sealed record SeasonContext(GeneratorOptions Options, ReferenceCatalog Catalog, IProgress<GeneratorProgress>? Progress)
{
    /// <summary>The judging plan the season's panels follow (<see cref="GeneratorOptions.PlanFile"/>); null when none.</summary>
    public JudgingPlan? Plan { get; init; }

    /// <summary>The seed's root stream; steps draw only from named forks of it.</summary>
    public DeterministicRandom Root { get; } = new(Options.Seed);

    /// <summary>The season's dates.</summary>
    public SeasonCalendar Calendar { get; } = new(Catalog);

    /// <summary>
    /// Prefix of project ids, read like the website's: province abbreviation and two-digit year (<c>JS24</c> in
    /// <c>JS24-T06-00012</c>).
    /// </summary>
    public string IdPrefix { get; } =
        Catalog.Season.Id[(Catalog.Season.Id.IndexOf('-', StringComparison.Ordinal) + 1)..] + (Catalog.Season.Year % 100).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The full path of a file of the export folder.</summary>
    /// <param name="relative">Path inside the export folder, e.g. <c>reviews/panels.csv</c>.</param>
    /// <returns>The full path.</returns>
    public string OutPath(string relative) => Path.Combine(Options.OutputDirectory, relative);

    /// <summary>Reports progress of a step, if anyone listens.</summary>
    /// <param name="step">The step, in both languages.</param>
    /// <param name="done">Work done.</param>
    /// <param name="total">Work in the step.</param>
    public void Report(string step, long done, long total) => Progress?.Report(new GeneratorProgress(step, done, total));
}
