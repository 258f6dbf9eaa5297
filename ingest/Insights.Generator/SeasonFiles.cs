using Insights.Generator.Planning;
using Insights.Generator.Season;
using Insights.Model.Reference;

namespace Insights.Generator;

/// <summary>Entry point: generates a season's export files and its planted truth.</summary>
public static class SeasonFiles
{
    /// <summary>Generates the season described by <paramref name="options"/>.</summary>
    /// <param name="options">What to generate and where.</param>
    /// <param name="progress">Receives progress per step; may be null.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Fewer projects than <see cref="GeneratorOptions.MinimumProjects"/>.</exception>
    /// <exception cref="ArgumentException">A plan with <see cref="GeneratorOptions.Plant"/> true.</exception>
    /// <exception cref="JudgingPlanException">The plan file is malformed or does not fit the generated season.</exception>
    /// <exception cref="ReferenceDataException">The season's reference data is unknown or invalid, or its dates leave no room for the schedule.</exception>
    public static GenerationResult Generate(GeneratorOptions options, IProgress<GeneratorProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Projects < GeneratorOptions.MinimumProjects)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.Projects,
                $"至少需要 {GeneratorOptions.MinimumProjects} 个项目 / at least {GeneratorOptions.MinimumProjects} projects are needed so every track has panels and awards");
        }

        if (options.PlanFile is not null && options.Plant)
        {
            throw new ArgumentException(
                "评审计划只能用于不植入问题的赛季（--clean）：植入的问题需要计划没有给出的评审席位 / a judging plan needs a clean season (--clean): planted problems need seats the plan does not give",
                nameof(options));
        }

        var plan = options.PlanFile is null ? null : JudgingPlan.Read(options.PlanFile);
        var catalog = options.ReferenceRoot is null
            ? ReferenceCatalog.Load(options.SeasonId)
            : ReferenceCatalog.Load(options.SeasonId, options.ReferenceRoot);
        return new SeasonGenerator(options, catalog, progress, plan).Run();
    }
}
