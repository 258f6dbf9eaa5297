using System.CommandLine;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights seasons list|drop</c>: the seasons of a lake and its warehouse, and the removal of one (a mistyped
/// <c>--season</c>, outside data no longer wanted) with its audit record. Exit codes: 0 done; 2 usage error, no lake,
/// an unknown season, or a drop without <c>--yes</c>.
/// </summary>
internal static class SeasonsCommand
{
    public static Command Create()
    {
        var listWarehouse = WarehouseOptions.Warehouse();
        var listLake = WarehouseOptions.Lake();
        var list = new Command("list", "列出数据湖与数据仓库中的赛季 / list the seasons of the lake and the warehouse") { listWarehouse, listLake };
        list.SetAction(parse => SeasonsRunner.List(
            parse.GetValue(listWarehouse)!.FullName, parse.GetValue(listLake)?.FullName));

        var season = new Argument<string>("SEASON") { Description = "要删除的赛季 / the season to remove" };
        var dropWarehouse = WarehouseOptions.Warehouse();
        var dropLake = WarehouseOptions.Lake();
        var yes = new Option<bool>("--yes") { Description = "确认删除 / confirm the removal" };
        var drop = new Command("drop", "从数据湖删除一个赛季的数据并重建数据仓库（保留审计记录）/ remove a season's data from the lake and rebuild the warehouse (the audit trail stays)")
        {
            season, dropWarehouse, dropLake, yes,
        };
        drop.SetAction(parse => SeasonsRunner.Drop(
            parse.GetValue(season)!, parse.GetValue(dropWarehouse)!.FullName, parse.GetValue(dropLake)?.FullName, parse.GetValue(yes)));

        return new Command("seasons", "赛季：列出或删除 / seasons: list or remove") { list, drop };
    }
}
