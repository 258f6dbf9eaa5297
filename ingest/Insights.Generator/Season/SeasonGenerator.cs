using System.Globalization;
using Insights.Generator.Randomness;
using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// Generates one season: registration, reviews, awards and complaints as a competition website exports them, and
/// the planted truth in a separate folder. Steps run in competition order; rows stream to disk as they are made.
/// </summary>
internal sealed partial class SeasonGenerator
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    private readonly GeneratorOptions _options;
    private readonly ReferenceCatalog _catalog;
    private readonly IProgress<GeneratorProgress>? _progress;
    private readonly DeterministicRandom _root;
    private readonly SeasonCalendar _calendar;
    private readonly string _idPrefix;
    private readonly List<UnitRecord> _units = [];
    private readonly List<ProjectRecord> _projects = [];
    private readonly List<JudgeRecord> _judges = [];
    private readonly List<PlantedProblem> _planted = [];
    private readonly List<string[]> _typos = [];
    private readonly Dictionary<string, Track> _plantedTracks = new(StringComparer.Ordinal);
    private readonly List<FileEntry> _files = [];

    public SeasonGenerator(GeneratorOptions options, ReferenceCatalog catalog, IProgress<GeneratorProgress>? progress)
    {
        _options = options;
        _catalog = catalog;
        _progress = progress;
        _root = new DeterministicRandom(options.Seed);
        _calendar = new SeasonCalendar(catalog);
        // Project ids read like the website's: province abbreviation and two-digit year, e.g. JS24-T06-00012.
        _idPrefix = catalog.Season.Id[(catalog.Season.Id.IndexOf('-', StringComparison.Ordinal) + 1)..] + (catalog.Season.Year % 100).ToString("00", s_inv);
    }

    public GenerationResult Run()
    {
        Directory.CreateDirectory(_options.OutputDirectory);
        Directory.CreateDirectory(_options.TruthDirectory);
        foreach (var folder in new[] { "registration", "reviews", "awards", "complaints", "reference" })
        {
            Directory.CreateDirectory(Path.Combine(_options.OutputDirectory, folder));
        }

        ChoosePlantedTracks();
        GenerateUnits();
        GenerateRegistration();
        GenerateJudgesAndPanels();
        GenerateReviews();
        GenerateAwardsAndComplaints();
        WriteUnitsAndBlacklist();
        RecordDriftPlant();
        WriteTruth();
        var manifest = WriteManifest();
        return new GenerationResult(manifest, [.. _files.Select(f => new GeneratedFile(f.Path, f.Rows))], _planted.Count, _projects.Count, _judges.Count);
    }

    private void Report(string step, long done, long total) => _progress?.Report(new GeneratorProgress(step, done, total));

    private string OutPath(string relative) => Path.Combine(_options.OutputDirectory, relative);

    private void AddPlanted(string kind, string track, string stage, string judges, string projects, string units, string detection, string zh, string en) =>
        _planted.Add(new PlantedProblem(
            "PL" + (_planted.Count + 1).ToString("00", s_inv), kind, track, stage, judges, projects, units, detection, zh, en));

    /// <summary>True when <paramref name="kind"/> is planted in <paramref name="track"/>; never in a clean season.</summary>
    private bool IsPlantedIn(string kind, Track track) => _plantedTracks.TryGetValue(kind, out var planted) && planted == track;

    // Each planted judging behaviour lives in its own track, so one track's findings do not mask another's. A clean
    // season chooses none, so no track gets a planted judge or date.
    private void ChoosePlantedTracks()
    {
        if (!_options.Plant)
        {
            return;
        }

        var random = _root.Fork("planted-tracks");
        var order = _catalog.Tracks.ToArray();
        random.Shuffle(order.AsSpan());
        string[] kinds = ["lenient", "harsh", "central", "halo", "favouritism", "copying", "both_panels", "late_review", "late_results", "drift"];
        for (var i = 0; i < kinds.Length; i++)
        {
            _plantedTracks[kinds[i]] = order[i % order.Length];
        }
    }

    private sealed record FileEntry(string Path, string Format, string Encoding, long Rows, string Description);
}
