using System.Collections.Concurrent;
using System.Text;
using Insights.Generator;

namespace Insights.Warehouse.Tests.Support;

/// <summary>
/// A season generated in-process (as <c>insights generate</c> writes it) once per size and seed, shared by the tests
/// that only read it. Tests that change files copy them first.
/// </summary>
public sealed class GeneratedSeasonFiles
{
    private static readonly ConcurrentDictionary<(int Projects, ulong Seed), Lazy<GeneratedSeasonFiles>> s_shared = new();

    static GeneratedSeasonFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private GeneratedSeasonFiles(int projects, ulong seed)
    {
        Projects = projects;
        Seed = seed;
        Root = Path.Combine(TestPaths.TempRoot, $"season-{projects}-{seed}-{Guid.NewGuid():N}");
        Result = SeasonFiles.Generate(new GeneratorOptions(Path.Combine(Root, "export"), Path.Combine(Root, "truth"), projects, seed));
        ManifestRows = Result.Files.ToDictionary(f => Relative(f.Path), f => f.Rows, StringComparer.Ordinal);
    }

    /// <summary>Projects generated.</summary>
    public int Projects { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>Folder holding <c>export/</c> and <c>truth/</c>.</summary>
    public string Root { get; }

    /// <summary>The export folder: what an ingest reads.</summary>
    public string ExportFolder => Path.Combine(Root, "export");

    /// <summary>What the generator wrote.</summary>
    public GenerationResult Result { get; }

    /// <summary>Data rows of every export file as the generator's manifest lists them, by path relative to the export folder.</summary>
    public IReadOnlyDictionary<string, long> ManifestRows { get; }

    /// <summary>A season generated once per size and seed.</summary>
    /// <param name="projects">Projects.</param>
    /// <param name="seed">Seed.</param>
    public static GeneratedSeasonFiles Shared(int projects, ulong seed) =>
        s_shared.GetOrAdd((projects, seed), key => new Lazy<GeneratedSeasonFiles>(() => new GeneratedSeasonFiles(key.Projects, key.Seed))).Value;

    /// <summary>Removes the folders of every season this process generated.</summary>
    public static void DeleteAll()
    {
        foreach (var season in s_shared.Values.Where(l => l.IsValueCreated).Select(l => l.Value))
        {
            try
            {
                Directory.Delete(season.Root, recursive: true);
            }
            catch (IOException)
            {
                // Left to the OS's temporary-folder cleanup.
            }
        }
    }

    /// <summary>An export file's full path.</summary>
    /// <param name="relative">Path relative to the export folder.</param>
    public string Export(string relative) => Path.Combine(ExportFolder, relative);

    /// <summary>A truth file's full path.</summary>
    /// <param name="relative">Path relative to the truth folder.</param>
    public string Truth(string relative) => Path.Combine(Root, "truth", relative);

    /// <summary>The path of an export file relative to the export folder, with forward slashes.</summary>
    /// <param name="full">Full path.</param>
    public string Relative(string full) => Path.GetRelativePath(ExportFolder, full).Replace('\\', '/');
}
