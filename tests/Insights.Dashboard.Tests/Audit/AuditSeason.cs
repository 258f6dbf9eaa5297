using DuckDB.NET.Data;
using Insights.Dashboard.Public;
using Insights.Dashboard.Publishing;
using Insights.Dashboard.Suppression;
using Insights.Dashboard.Tests.Support;
using Insights.Generator;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Model.Reference;
using Insights.Warehouse.Building;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Dashboard.Tests.Audit;

/// <summary>
/// A generated season for the suppression audit: generated (projects, seed), ingested into a warehouse of its own,
/// published as a static site by the dashboard, and read back (<see cref="PublishedOutputs"/>); with its award list
/// as the notice makes it public. Built once per test process and season, deleted at its end. No analysis: the
/// public pages do not need it.
/// </summary>
public sealed class AuditSeason
{
    /// <summary>The season id of the generated data.</summary>
    public const string Season = "2024-JS";

    /// <summary>The five seasons: small ones (many small cells) up to the province's scale.</summary>
    public static IReadOnlyList<(int Projects, ulong Seed)> Five { get; } = [(200, 31), (400, 32), (700, 33), (1200, 34), (2500, 35)];

    private static readonly Lazy<Task<AuditSeason>>[] s_seasons = [.. Five.Select((s, i) => new Lazy<Task<AuditSeason>>(() => BuildAsync(i)))];

    private AuditSeason(int projects, ulong seed, string warehouse, PublishedOutputs outputs, IReadOnlyList<AwardedTeam> awarded, IReadOnlyList<string> structure,
        SuppressionSummary suppression, TimeSpan suppressionTime)
    {
        Suppression = suppression;
        SuppressionTime = suppressionTime;
        Projects = projects;
        Seed = seed;
        Warehouse = warehouse;
        Outputs = outputs;
        Awarded = awarded;
        StructureProblems = structure;
    }

    /// <summary>Projects generated.</summary>
    public int Projects { get; }

    /// <summary>The generator's seed.</summary>
    public ulong Seed { get; }

    /// <summary>The warehouse file.</summary>
    public string Warehouse { get; }

    /// <summary>What the dashboard's suppression reported for the season (for the figures; the audit does not use it).</summary>
    public SuppressionSummary Suppression { get; }

    /// <summary>How long the dashboard took to build and suppress the season's tables (the first request of a season).</summary>
    public TimeSpan SuppressionTime { get; }

    /// <summary>Everything published, merged.</summary>
    public PublishedOutputs Outputs { get; }

    /// <summary>The award list: each awarded project's track, city and unit type labels.</summary>
    public IReadOnlyList<AwardedTeam> Awarded { get; }

    /// <summary>
    /// Where the data break what the attacker's model assumes (one registered project per team, in a problem of its
    /// track); empty for a valid model.
    /// </summary>
    public IReadOnlyList<string> StructureProblems { get; }

    /// <summary>One of <see cref="Five"/>, built on first use.</summary>
    /// <param name="index">0 to 4.</param>
    /// <returns>The season.</returns>
    public static Task<AuditSeason> GetAsync(int index) => s_seasons[index].Value;

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Projects} projects, seed {Seed}");

    private static async Task<AuditSeason> BuildAsync(int index)
    {
        var (projects, seed) = Five[index];
        var root = Path.Combine(Path.GetTempPath(), $"insights-audit-{Environment.ProcessId}-{index}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        };
        var export = Path.Combine(root, "export");
        SeasonFiles.Generate(new GeneratorOptions(export, Path.Combine(root, "truth"), projects, seed));
        var lake = Path.Combine(root, "lake");
        await new LakeIngestor(new IngestOptions(export, lake, Season, "audit-tests-key-0123456789abcdef"u8.ToArray())).IngestAsync();
        var warehouse = Path.Combine(root, "warehouse.duckdb");
        WarehouseBuilder.Build(new LakeStore(lake), warehouse);

        return await FromWarehouseAsync(warehouse, root, projects, seed);
    }

    /// <summary>
    /// Publishes a warehouse's season with the dashboard (static site into <paramref name="root"/>/site) and reads
    /// back everything published, with the season's award list and the model checks.
    /// </summary>
    /// <param name="warehouse">The warehouse (season <see cref="Season"/>).</param>
    /// <param name="root">A folder for the site.</param>
    /// <param name="projects">Projects generated, for messages.</param>
    /// <param name="seed">The generator's seed, for messages.</param>
    /// <returns>The published season.</returns>
    public static async Task<AuditSeason> FromWarehouseAsync(string warehouse, string root, int projects, ulong seed)
    {
        PublishedOutputs outputs;
        SuppressionSummary suppression;
        TimeSpan time;
        using (var factory = new DashboardFactory(warehouse))
        using (var client = factory.CreateClient())
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            suppression = (await factory.Services.GetRequiredService<PublicQueries>().TablesAsync(Season)).Suppression;
            time = clock.Elapsed;
            var site = Path.Combine(root, "site");
            await new SitePublisher(client, factory.Services).PublishAsync(site);
            outputs = await PublishedOutputs.ReadAsync(site, client, CancellationToken.None);
        }

        using var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        // The attacker reads an awarded unit's city as anyone would: 南通市, 南通 and Nantong are the same city.
        var cities = ReferenceCatalog.Load(Season).Cities;
        string City(string text) => cities.FirstOrDefault(c => text == c.NameZh || text == c.NameZh.TrimEnd('市')
            || string.Equals(text, c.NameEn, StringComparison.OrdinalIgnoreCase))?.NameZh ?? SeasonAttack.Other;
        var awarded = Rows(connection, """
            SELECT DISTINCT a.track_code, a.project_id, coalesce(u.city, ''), coalesce(u.unit_type, '') FROM fact_award a
            JOIN dim_project p ON p.season = a.season AND p.project_id = a.project_id
            JOIN dim_team t ON t.season = p.season AND t.team_id = p.team_id
            LEFT JOIN dim_unit u ON u.season = t.season AND u.credit_code = t.lead_credit_code
            WHERE a.season = '2024-JS' AND p.is_registered
            """).Select(r => new AwardedTeam(r[0], City(r[2]), r[3].Length > 0 ? r[3] : SeasonAttack.Other)).ToList();
        var structure = Rows(connection, """
            SELECT 'team ' || team_id || ' has ' || n_projects || ' projects' FROM dim_team WHERE n_projects <> 1
            UNION ALL SELECT 'project ' || project_id || ' is in problem ' || coalesce(problem_code, 'none') || ' of track ' || track_code
              FROM dim_project WHERE is_registered AND (team_id IS NULL OR problem_code IS NULL OR NOT starts_with(problem_code, track_code || '-'))
            """).Select(r => r[0]).ToList();
        return new AuditSeason(projects, seed, warehouse, outputs, awarded, structure, suppression, time);
    }

    private static List<string[]> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
