using System.CommandLine;
using Insights.Reports;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights report --warehouse PATH --out DIR [--season S] [--track T] [--lang zh|en] [--no-pdf] [--personal-data]</c>: the committees'
/// fairness reports of a season (the newest by default), per track and for the division, as self-contained HTML and PDF
/// (headless Chromium). People's personal data quoted by findings (representatives' names, masked phones and ID
/// numbers, judges' names) is withheld unless --personal-data asks for the organizers' version. Exit codes: 0 written;
/// 2 usage error, a warehouse that cannot be read, an unknown season or track (the message lists the warehouse's
/// seasons or tracks), or no Chromium for the PDF.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var warehouse = WarehouseOptions.Warehouse();
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "报告目录 / folder of the reports (HTML and PDF)", Required = true };
        var season = new Option<string?>("--season") { Description = "赛季（默认最新）/ the season (default: the newest with the notice's tracks)" };
        var track = new Option<string?>("--track") { Description = "只生成该赛道（如 T01）/ one track only (such as T01; no division report then)" };
        var language = new Option<string>("--lang") { Description = "语言 / language: zh (default) or en", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");
        var noPdf = new Option<bool>("--no-pdf") { Description = "只写 HTML / HTML only (no Chromium needed)" };
        var personalData = new Option<bool>("--personal-data")
        {
            Description = "保留发现中的个人信息（仅供组委会）/ keep personal data quoted by findings (representatives' and judges' names, masked phones; organizers only)",
        };
        var command = new Command("report", "生成公平性评审报告（HTML 与 PDF）/ fairness reports per track and for the division (HTML and PDF)")
        {
            warehouse, output, season, track, language, noPdf, personalData,
        };
        command.SetAction(parse => Run(parse.GetValue(warehouse)!.FullName, parse.GetValue(output)!.FullName, parse.GetValue(season), parse.GetValue(track), parse.GetValue(language)!, !parse.GetValue(noPdf), parse.GetValue(personalData)));
        return command;
    }

    private static int Run(string warehouse, string output, string? season, string? track, string language, bool pdf, bool personalData)
    {
        if (!File.Exists(warehouse))
        {
            Console.Error.WriteLine($"错误 / error: 数据仓库不存在 / the warehouse does not exist: {warehouse} (run `insights run` or `insights ingest` first)");
            return 2;
        }

        if (pdf && Chromium.Find() is null)
        {
            Console.Error.WriteLine("错误 / error: 未安装 chromium / chromium is not installed (apt-get install chromium fonts-noto-cjk), or use --no-pdf");
            return 2;
        }

        try
        {
            foreach (var file in ReportWriter.Write(warehouse, output, track, language, pdf, season, personalData))
            {
                Console.WriteLine(file);
            }

            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"错误 / error: {UserMessage.Of(e)}");
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or DuckDB.NET.Data.DuckDBException)
        {
            Console.Error.WriteLine($"错误 / error: {UserMessage.Of(e)}");
            return 2;
        }
    }
}
