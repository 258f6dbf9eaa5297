namespace Insights.Generator;

/// <summary>Progress of a generation run.</summary>
/// <param name="Step">What is being generated, e.g. "preliminary written review".</param>
/// <param name="Done">Units of work done in this step.</param>
/// <param name="Total">Units of work in this step.</param>
public sealed record GeneratorProgress(string Step, long Done, long Total);
