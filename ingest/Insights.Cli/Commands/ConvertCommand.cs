using System.CommandLine;
using System.Globalization;
using Insights.Ingest.Converters;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights convert isu|essays --source DIR --out FILE.csv</c>: turns a real rating data set into the generic long
/// score CSV that <c>insights ingest</c> takes (ingest/Insights.Ingest/Converters/README.md).
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var command = new Command("convert", "把公开评分数据转换为通用长表 / convert a public rating data set to the generic long score CSV");
        command.Subcommands.Add(Verb("isu", "ISU 花样滑冰 2016-17 裁判评分 / ISU figure skating judges' scores 2016-17", IsuFigureSkatingConverter.Convert));
        command.Subcommands.Add(Verb("essays", "Wind & Hua 作文评分（21 名评分员）/ Wind and Hua essay ratings (21 raters)", EssayRatingsConverter.Convert));
        return command;
    }

    private static Command Verb(string name, string description, Func<string, string, IProgress<long>?, ConversionSummary> convert)
    {
        var source = new Option<DirectoryInfo>("--source") { Description = "数据集目录 / the data set's folder", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "输出 CSV / the CSV to write", Required = true };
        var verb = new Command(name, description) { source, output };
        verb.SetAction(parse =>
        {
            try
            {
                var summary = convert(parse.GetValue(source)!.FullName, parse.GetValue(output)!.FullName, null);
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"读取 / read {summary.RowsRead:N0}, 写出 / written {summary.RowsWritten:N0}, 跳过 / skipped {summary.Skipped:N0} → {parse.GetValue(output)!.FullName}");
                foreach (var note in summary.Notes)
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  {note}");
                }

                return 0;
            }
            catch (Exception e) when (e is ConversionException or IOException or UnauthorizedAccessException)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {UserMessage.Of(e)}");
                return 2;
            }
        });
        return verb;
    }
}
