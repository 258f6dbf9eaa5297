using System.Globalization;
using DuckDB.NET.Data;
using Insights.Ingest.Lake;
using Insights.Ingest.Reading;
using Insights.Model.Reference;
using Insights.Warehouse.Building;
using Insights.Warehouse.Reading;
using Insights.Warehouse.Reading.Seasons;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary>The work of <c>insights seasons list|drop</c>, read from the lake's manifests and the warehouse.</summary>
internal static class SeasonsRunner
{
    public static int List(string warehouse, string? lake)
    {
        var lakePath = lake ?? WarehouseOptions.DefaultLake(warehouse);
        if (Missing(lakePath) is { } missing)
        {
            return missing;
        }

        var store = new LakeStore(lakePath);
        var manifests = store.Manifests();
        var current = store.Current();
        var drops = store.Drops();
        var analysed = Analysed(warehouse);
        var table = new Table()
            .AddColumn("赛季 / season")
            .AddColumn("来源 / source")
            .AddColumn(new TableColumn("文件 / files").RightAligned())
            .AddColumn(new TableColumn("行 / rows").RightAligned())
            .AddColumn(new TableColumn("批次 / batches").RightAligned())
            .AddColumn("已分析 / analysed");
        var lines = new List<string> { "season\tsource\tfiles\trows\tbatches\tanalysed" };
        var seasons = manifests.SelectMany(m => m.Seasons).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var season in seasons)
        {
            var live = current.Where(c => c.Season == season).ToList();
            var kind = ReferenceCatalog.EmbeddedSeasons().Contains(season) ? "参考数据 / reference" : "外部数据 / outside";
            var lastDrop = drops.LastOrDefault(d => d.Season == season);
            var state = live.Count == 0 && lastDrop is not null
                ? string.Create(CultureInfo.InvariantCulture, $"已删除 / dropped {lastDrop.DroppedAt:yyyy-MM-dd HH:mm} UTC, {lastDrop.DroppedBy}")
                : analysed is null ? "? (无数据仓库 / no warehouse)" : analysed.Contains(season) ? "是 / yes" : "否 / no";
            string[] cells =
            [
                DisplayText.Escape(season),
                kind,
                live.Select(c => c.Batch.SourceFile).Distinct(StringComparer.Ordinal).Count().ToString(CultureInfo.InvariantCulture),
                live.Sum(c => c.Batch.Files.Where(f => f.Season == season).Sum(f => f.Rows)).ToString(CultureInfo.InvariantCulture),
                manifests.Count(m => m.Seasons.Contains(season)).ToString(CultureInfo.InvariantCulture),
                state,
            ];
            table.AddRow([.. cells.Select(Markup.Escape)]);
            lines.Add(string.Join('\t', cells));
        }

        if (seasons.Count == 0)
        {
            Console.WriteLine($"数据湖中没有赛季 / the lake holds no season: {lakePath}");
            return 0;
        }

        if (Console.IsOutputRedirected)
        {
            // A pipe or a log gets tab-separated lines that a script can cut, not a table drawn for a terminal.
            lines.ForEach(Console.WriteLine);
        }
        else
        {
            AnsiConsole.Write(table);
        }

        return 0;
    }

    public static int Drop(string season, string warehouse, string? lake, bool yes)
    {
        var lakePath = lake ?? WarehouseOptions.DefaultLake(warehouse);
        if (Missing(lakePath) is { } missing)
        {
            return missing;
        }

        var store = new LakeStore(lakePath);
        var live = store.Current().Where(c => c.Season == season).ToList();
        if (live.Count == 0)
        {
            var known = store.Current().Select(c => c.Season).Distinct().Order(StringComparer.Ordinal).ToList();
            Console.Error.WriteLine($"错误 / error: 数据湖中没有赛季 '{DisplayText.Escape(season)}'，现有赛季：{string.Join("、", known)} / the lake {lakePath} holds no season '{DisplayText.Escape(season)}'; its seasons: {string.Join(", ", known)}");
            return 2;
        }

        var rows = live.Sum(c => c.Batch.Files.Where(f => f.Season == season).Sum(f => f.Rows));
        var files = live.Select(c => c.Batch.SourceFile).Distinct(StringComparer.Ordinal).Count();
        if (!yes)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"错误 / error: 将从数据湖删除赛季 '{DisplayText.Escape(season)}'（{files} 个文件，{rows:N0} 行）并重建数据仓库；请加 --yes 确认 / this removes season '{DisplayText.Escape(season)}' ({files} files, {rows:N0} rows) from the lake {lakePath} and rebuilds {warehouse}: add --yes to confirm"));
            return 2;
        }

        try
        {
            var drop = store.DropSeason(season, Environment.UserName)!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已删除 / dropped season '{DisplayText.Escape(season)}': {drop.Batches.Count} batches, {drop.LakeRows:N0} lake rows (记录 / recorded: {drop.DroppedAt:u}, {drop.DroppedBy}@{drop.Host})"));
            Console.WriteLine($"构建数据仓库 / building the warehouse {warehouse}");
            var report = WarehouseBuilder.Build(store, warehouse);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"完成 / done: {report.Tables.Count} tables, {report.Seconds.Values.Sum():0.0} s"));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException or DuckDBException)
        {
            Console.Error.WriteLine($"错误 / error: {DisplayText.Escape(UserMessage.Of(e))}");
            return 2;
        }
    }

    private static int? Missing(string lakePath)
    {
        if (Directory.Exists(Path.Combine(lakePath, "_manifests")))
        {
            return null;
        }

        Console.Error.WriteLine($"错误 / error: 找不到数据湖 {lakePath}（可用 --lake 指定）/ no lake at {lakePath} (give it with --lake)");
        return 2;
    }

    // The seasons the warehouse holds an analysis of; null without a readable warehouse.
    private static IReadOnlySet<string>? Analysed(string warehouse)
    {
        if (!File.Exists(warehouse))
        {
            return null;
        }

        try
        {
            using var connection = WarehouseCommands.OpenReadOnly(warehouse);
            return SeasonReader.Analysed(connection);
        }
        catch (DuckDBException)
        {
            return null;
        }
    }
}
