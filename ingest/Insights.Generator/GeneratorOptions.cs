namespace Insights.Generator;

/// <summary>What to generate and where.</summary>
/// <param name="OutputDirectory">Folder for the exported files (created if missing; generated files are overwritten).</param>
/// <param name="TruthDirectory">Folder for the planted truth, kept apart from the exports.</param>
/// <param name="Projects">Number of projects (one per team), across all tracks.</param>
/// <param name="Seed">Random seed: the same seed and options give byte-identical files.</param>
/// <param name="SeasonId">Season whose reference data shapes the files, e.g. <c>2024-JS</c>.</param>
/// <param name="ReferenceRoot">
/// A folder laid out like <c>model/reference</c> to read the season from (e.g. a draft of another year's season);
/// null reads the reference data embedded in Insights.Model.
/// </param>
/// <param name="Plant">
/// True (the default) plants the problems listed in truth/planted.csv: rule breaches, quirky judges and typo scores.
/// False generates a clean season: it breaks no rule, every judge is an ordinary one, no mark is mistyped and
/// planted.csv has its header only (<c>insights generate --clean</c>).
/// </param>
/// <param name="PlanFile">
/// A judging plan (<c>assignments.csv</c> as <c>insights plan</c> writes it) whose written-review groups and on-site
/// and final panels replace the generator's own where it covers a track; null (the default) for the generator's own
/// assignment. Needs <paramref name="Plant"/> false: planted judges need seats a plan does not give
/// (<c>insights generate --clean --plan FILE</c>).
/// </param>
public sealed record GeneratorOptions(
    string OutputDirectory,
    string TruthDirectory,
    int Projects = GeneratorOptions.DefaultProjects,
    ulong Seed = GeneratorOptions.DefaultSeed,
    string SeasonId = Insights.Model.Reference.ReferenceCatalog.DefaultSeasonId,
    string? ReferenceRoot = null,
    bool Plant = true,
    string? PlanFile = null)
{
    /// <summary>Default number of projects: about a province's entries.</summary>
    public const int DefaultProjects = 2500;

    /// <summary>Default seed.</summary>
    public const ulong DefaultSeed = 7;

    /// <summary>Smallest supported season: every track needs a few projects for its panels and awards.</summary>
    public const int MinimumProjects = 120;
}
