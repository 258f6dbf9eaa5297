using System.CommandLine;
using System.Globalization;
using Insights.Generator;
using Insights.Generator.Review;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights generate</c>: writes a realistic season's export files and its planted truth; <c>--clean</c> plants nothing;
/// <c>--plan</c> seats a judging plan's panels.
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
        var plan = new Option<FileInfo?>("--plan")
        {
            Description = "评审计划 assignments.csv（insights plan 写出，专家与项目编号取自同一种子、项目数与赛季的 --clean 赛季）：计划覆盖的赛道按计划分配书面评审、现场与决赛评审组；须与 --clean 同用 / judging plan assignments.csv (written by insights plan from the clean season of the same --seed, --projects and --season): the tracks it covers get its written-review groups and on-site and final panels; needs --clean",
        };
        var command = new Command("generate", "生成一个仿真赛季（报名、评审、获奖、举报）及植入的真值 / generate a realistic season with planted truth")
        {
            output, truth, projects, seed, season, clean, reviewSheet, plan,
        };
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!.FullName;
            var planFile = parse.GetValue(plan)?.FullName;
            if (planFile is not null && parse.GetValue(reviewSheet))
            {
                Console.Error.WriteLine("错误 / error: --plan 不能与 --review-sheet 同用 / --plan cannot be used with --review-sheet");
                return 2;
            }

            if (planFile is not null && !parse.GetValue(clean))
            {
                // Planted judges (lenient, copying, favouritism...) need seats in the written review that a plan does not give them.
                Console.Error.WriteLine("错误 / error: --plan 须与 --clean 同用：植入的问题需要计划没有给出的评审席位 / --plan needs --clean: planted problems need seats the plan does not give");
                return 2;
            }

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
                Plant: !parse.GetValue(clean),
                PlanFile: planFile);
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
