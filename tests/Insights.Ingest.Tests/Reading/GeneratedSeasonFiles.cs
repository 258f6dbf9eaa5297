using Insights.Generator;

namespace Insights.Ingest.Tests.Reading;

/// <summary>
/// A season generated once, in process, as <c>./insights generate --seed 7</c> does (default project count), for the
/// tests that read real export files.
/// </summary>
public static class GeneratedSeasonFiles
{
    private static readonly Lazy<(string Root, GenerationResult Result)> s_season = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "insights-reading-gen7-" + Guid.NewGuid().ToString("N"));
        var result = SeasonFiles.Generate(new GeneratorOptions(Path.Combine(root, "export"), Path.Combine(root, "truth"), Seed: 7));
        return (root, result);
    });

    public static string ExportRoot => Path.Combine(s_season.Value.Root, "export");

    public static GenerationResult Result => s_season.Value.Result;

    public static string Export(string relative) => Path.Combine(ExportRoot, relative);
}
