using Insights.Model.Reference;
using Insights.Warehouse.Reading;
using Insights.Warehouse.Reading.Planning;

namespace Insights.Planning.Files;

/// <summary>What a plan reads from the warehouse: a season's projects, its judge pool (unless a judge list is given) and the executed seats.</summary>
/// <param name="Season">The season.</param>
/// <param name="Projects">The registered projects.</param>
/// <param name="Judges">The judge pool.</param>
/// <param name="Executed">The executed seats.</param>
public sealed record WarehousePlanInput(string Season, IReadOnlyList<PlanProject> Projects, IReadOnlyList<PlanJudge> Judges, IReadOnlyList<PlanSeat> Executed)
{
    private static readonly char[] s_separators = [';', '；'];

    /// <summary>Reads the input.</summary>
    /// <param name="warehouse">The warehouse file.</param>
    /// <param name="season">The season, or null for the only season with projects.</param>
    /// <param name="judgesFile">A judge list to use instead of the season's judges, or null.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentException">The season is not in the warehouse, or none was given and it has several (the message lists them).</exception>
    public static WarehousePlanInput Read(string warehouse, string? season, string? judgesFile)
    {
        using var connection = WarehouseCommands.OpenReadOnly(warehouse);
        var seasons = PlanningReader.Seasons(connection);
        var chosen = season ?? (seasons.Count == 1 ? seasons[0] : null);
        if (chosen is null || !seasons.Contains(chosen))
        {
            var list = seasons.Count == 0 ? "无 / none" : string.Join(", ", seasons);
            throw new ArgumentException(season is null
                ? $"数据仓库有多个赛季，请用 --season 指定（{list}）/ the warehouse has several seasons: name one with --season ({list})"
                : $"数据仓库中没有赛季 {season} 的已登记项目（有：{list}）/ the warehouse has no registered projects of season {season} (it has: {list})");
        }

        var projects = PlanningReader.Projects(connection, chosen).Select(p => new PlanProject(
            p.Project, p.Name, p.Track, p.Problem,
            [.. new[] { p.LeadUnit }.Concat(p.PartnerUnits.Split(s_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Where(u => u.Length > 0)],
            p.City)).ToList();
        var judges = judgesFile is null
            ? PlanningReader.Judges(connection, chosen).Select(j => new PlanJudge(j.Judge, j.Name, j.Unit, j.City,
                j.Tracks.Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal))).ToList()
            : JudgePoolFile.Read(judgesFile, TagNormaliser(chosen));
        var executed = PlanningReader.Seats(connection, chosen).Select(s => new PlanSeat(s.Stage, s.Track, s.Panel, s.Judge, s.Project)).ToList();
        return new WarehousePlanInput(chosen, projects, judges, executed);
    }

    /// <summary>Turns a track's Chinese or English name into its code for the notice's seasons; other tags stay as written.</summary>
    private static Func<string, string> TagNormaliser(string season)
    {
        if (!ReferenceCatalog.EmbeddedSeasons().Contains(season))
        {
            return tag => tag;
        }

        var catalog = ReferenceCatalog.Load(season);
        var byName = catalog.Tracks.SelectMany(t => new[] { (t.NameZh, t.Code), (t.NameEn.ToLowerInvariant(), t.Code) })
            .GroupBy(x => x.Item1, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Code, StringComparer.Ordinal);
        return tag => byName.TryGetValue(tag, out var code) || byName.TryGetValue(tag.ToLowerInvariant(), out code) ? code : tag;
    }
}
