using System.CommandLine;
using System.Globalization;
using Insights.Model.Reference;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary><c>insights reference</c>: shows a season's reference data (tracks, problems, committees, organizing units, rules).</summary>
internal static class ReferenceCommand
{
    public static Command Create()
    {
        var season = CommonOptions.Season();
        var command = new Command("reference", "查看赛季参考数据 / show a season's reference data") { season };
        command.SetAction(parse =>
        {
            ReferenceCatalog catalog;
            try
            {
                catalog = ReferenceCatalog.Load(parse.GetValue(season)!);
            }
            catch (ReferenceDataException e)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {UserMessage.Of(e)}");
                return 1;
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{catalog.Season.NameZh}[/] / {catalog.Season.NameEn} ({catalog.Season.Id})");
            var tracks = new Table().AddColumns("赛道 / track", "名称 / name", "执委会 / committee", "赛题 / problems");
            foreach (var track in catalog.Tracks)
            {
                var committee = catalog.Committee(track.CommitteeCode);
                tracks.AddRow(track.Code, Markup.Escape($"{track.NameZh} {track.NameEn}"), Markup.Escape($"{committee.NameZh} {committee.NameEn}"), catalog.ProblemsOf(track.Code).Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(tracks);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"组织单位 / organizing units: {catalog.OrganizingUnits.Count}; 赛题 / problems: {catalog.Problems.Count}; 规则 / rules: {catalog.Rules.All.Count}");
            var rules = new Table().AddColumns("规则 / rule", "条款 / clause", "内容 / text");
            foreach (var rule in catalog.Rules.All)
            {
                rules.AddRow(rule.Id, Markup.Escape(rule.Clause), Markup.Escape(rule.TextEn));
            }

            AnsiConsole.Write(rules);
            return 0;
        });
        return command;
    }
}
