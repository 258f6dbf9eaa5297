using System.CommandLine;
using System.Globalization;
using Insights.Generator;
using Insights.Generator.Review;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights generate</c>: writes a realistic season's export files and its planted truth; <c>--clean</c> plants nothing.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "输出目录 / folder for the exported files",
            Required = true,
        };
        var truth = new Option<DirectoryInfo?>("--truth")
        {
            Description = "真值目录（默认 OUT/truth）/ folder for the planted truth (default OUT/truth)",
        };
        var projects = CommonOptions.Projects();
        var seed = CommonOptions.Seed();
        var season = CommonOptions.Season();
        var clean = CommonOptions.Clean();
        var reviewSheet = new Option<bool>("--review-sheet")
        {
            Description = "改为生成一张评审结果汇总表 review.xlsx（每个项目一行，每位专家一组列，两个阶段；默认 2000 个项目）/ write instead one review workbook review.xlsx (a row per project, a group of columns per expert, two stages; 2,000 projects unless --projects)",
        };
        var command = new Command("generate", "生成一个仿真赛季（报名、评审、获奖、举报）及植入的真值 / generate a realistic season with planted truth")
        {
            output, truth, projects, seed, season, clean, reviewSheet,
        };
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!.FullName;
            if (parse.GetValue(reviewSheet))
            {
                var count = parse.GetResult(projects) is { Implicit: false } ? parse.GetValue(projects) : 2000;
                return ReviewSheet(new ReviewSheetOptions(outDir, parse.GetValue(truth)?.FullName ?? Path.Combine(outDir, "truth"), count, parse.GetValue(seed)));
            }

            var options = new GeneratorOptions(
                outDir,
                parse.GetValue(truth)?.FullName ?? Path.Combine(outDir, "truth"),
                parse.GetValue(projects),
                parse.GetValue(seed),
                parse.GetValue(season)!,
                Plant: !parse.GetValue(clean));
            return GenerationRunner.Run(options);
        });
        return command;
    }

    private static int ReviewSheet(ReviewSheetOptions options)
    {
        try
        {
            foreach (var file in ReviewSheetGenerator.Generate(options))
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{file.Path}: {file.Rows:N0} rows");
            }

            return 0;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {UserMessage.Of(e)}");
            return 1;
        }
    }
}
