using System.CommandLine;
using System.Globalization;
using System.Text;
using Insights.Ingest.Feeds;
using Insights.Ingest.Feeds.Layouts;
using Insights.Ingest.Reading;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights layout suggest FILE [--out layout.yaml] [--sheet S]</c>: drafts the layout file of an export from what
/// recognition finds in it, with <c># guessed:</c> comments, for <c>insights ingest --layout</c>.
/// </summary>
internal static class LayoutCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "要起草布局的文件 / the file to draft a layout of (XLSX, CSV)" };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "布局文件（默认输出到屏幕）/ the layout file to write (default: standard output)" };
        var sheet = new Option<string?>("--sheet") { Description = "XLSX 工作表名（默认第一个）/ the XLSX sheet (default: the first)" };
        var encoding = new Option<string?>("--encoding") { Description = "CSV 文本编码（默认自动识别）/ text encoding of a CSV file (default: detect)" };
        var suggest = new Command("suggest", "根据识别结果起草布局文件 / draft a layout file from what recognition finds") { file, output, sheet, encoding };
        suggest.SetAction(parse =>
        {
            var path = parse.GetValue(file)!.FullName;
            string yaml;
            try
            {
                yaml = LayoutSuggester.Suggest(path, new TableReadOptions(parse.GetValue(encoding), parse.GetValue(sheet)));
            }
            catch (Exception e) when (e is FeedException or SourceFileException or ArgumentException)
            {
                var message = e is FeedException f ? $"{f.MessageZh} / {f.MessageEn}" : UserMessage.Of(e);
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {DisplayText.Escape(path)}: {DisplayText.Escape(message)}");
                return 2;
            }

            if (parse.GetValue(output) is { } target)
            {
                File.WriteAllText(target.FullName, yaml, new UTF8Encoding(false));
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"已写出 / written: {DisplayText.Escape(target.FullName)}");
            }
            else
            {
                Console.Out.Write(yaml);
            }

            return 0;
        });
        return new Command("layout", "布局文件：说明导出文件各列的含义 / layout files: what an export's columns mean") { suggest };
    }
}
