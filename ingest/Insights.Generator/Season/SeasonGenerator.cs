using Insights.Generator.Planning;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// Generates one season: registration, reviews, awards and complaints as a competition website exports them, and
/// the planted truth in a separate folder. The steps run in competition order, each a type of its own that takes what
/// earlier steps produced and returns what it produced; rows stream to disk as they are made.
/// </summary>
/// <remarks>
/// A seed must keep its bytes: every step draws only from named forks of the root stream (forking never advances a
/// stream), so a step's draws do not depend on the order of the steps, but within a step they keep the order they
/// have always had. The planted problems are numbered in the order the steps plant them.
/// </remarks>
/// <param name="options">What to generate and where.</param>
/// <param name="catalog">The season's reference data.</param>
/// <param name="progress">Receives progress per step; may be null.</param>
/// <param name="plan">The judging plan the panels follow, already read; null for the generator's own assignment.</param>
internal sealed class SeasonGenerator(GeneratorOptions options, ReferenceCatalog catalog, IProgress<GeneratorProgress>? progress, JudgingPlan? plan = null)
{
    private static readonly string[] s_folders = ["registration", "reviews", "awards", "complaints", "reference"];

    /// <summary>Runs every step and writes the season.</summary>
    /// <returns>What was written.</returns>
    public GenerationResult Run()
    {
        var context = new SeasonContext(options, catalog, progress) { Plan = plan };
        Directory.CreateDirectory(options.OutputDirectory);
        Directory.CreateDirectory(options.TruthDirectory);
        foreach (var folder in s_folders)
        {
            Directory.CreateDirectory(Path.Combine(options.OutputDirectory, folder));
        }

        var plantedTracks = PlantedTracks.Choose(context);
        var entrants = UnitRegistry.Generate(context);
        var registered = Registration.Generate(context, entrants);
        var projects = registered.Projects;
        var judges = JudgePool.Generate(context, plantedTracks, entrants, projects);
        if (context.Plan is { } judgingPlan)
        {
            PlannedPanels.Apply(context, judgingPlan, judges, projects);
        }

        var panelFiles = PanelFiles.Write(context, judges);
        var written = WrittenReview.Score(context, entrants, projects, judges);
        var onsite = OnsiteReview.Score(context, entrants, projects, written.Scores, judges);
        var final = FinalRoadshow.Score(context, entrants, judges, onsite.Finalists);
        var awards = Awards.Generate(context, entrants, judges, onsite.Finalists, final);
        var complaints = Complaints.Generate(context, judges, awards.Awards);
        var unitFiles = UnitFiles.Write(context, entrants);

        // The drift judge is listed last, so the ids of the plants made before drift was planted stay as they were.
        var planted = PlantedLog.Number(
            registered.Planted, judges.Planted, written.Planted, complaints.Planted,
            written.Drift is { } drift ? [drift.ToPlanted()] : []);
        TruthFiles.Write(context, new SeasonTruth(
            planted, judges.Judges, entrants.Units, projects, written.Scores, onsite.Scores, final.Scores, awards.Awards, written.Typos));
        IReadOnlyList<SeasonFile> files =
        [
            .. registered.Files, .. panelFiles, written.File, onsite.File, final.File, awards.File, complaints.File, .. unitFiles,
        ];
        var manifest = Manifest.Write(context, files);
        return new GenerationResult(manifest, [.. files.Select(f => new GeneratedFile(f.Path, f.Rows))], planted.Count, projects.Count, judges.Judges.Count);
    }
}
