using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Insights.Analytics.Validation;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights validate --seasons N --seed S [--planted N] [--ladder 0.5,1,1.5] [--out DIR]</c>: the simulation
/// study of the analyze job (docs/methods/validation.md): null seasons for the false-finding rates, planted seasons
/// for power at multiples of realistic effect sizes, coverage of the season-wide intervals. Writes validation.md and
/// validation.csv. Exit 0 when it ran, 2 on bad options.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var seasons = new Option<int>("--seasons") { Description = "零假设赛季数 / null seasons (nothing planted)", DefaultValueFactory = _ => 200 };
        var planted = new Option<int>("--planted") { Description = "每个效应倍数的植入赛季数 / planted seasons per ladder step", DefaultValueFactory = _ => 50 };
        var ladder = new Option<string>("--ladder") { Description = "效应倍数（逗号分隔）/ multiples of the realistic effect sizes, comma-separated", DefaultValueFactory = _ => "0.5,1,1.5" };
        var seed = new Option<int>("--seed") { Description = "随机种子 / the study's seed (season i uses seed + i)", DefaultValueFactory = _ => 1000 };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "结果目录 / folder of validation.md and validation.csv", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("data", "validation")) };
        var command = new Command("validate", "模拟研究：零假设下的误报率、现实效应下的检出率、区间覆盖率 / simulation study: false findings under the null, power at realistic effects, interval coverage")
        {
            seasons, planted, ladder, seed, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var steps = new List<double>();
            foreach (var part in parse.GetValue(ladder)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var step) || !(step > 0) || double.IsInfinity(step))
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] --ladder 的值 “{part}” 不是正数 / '{part}' in --ladder is not a positive number");
                    return 2;
                }

                steps.Add(step);
            }

            var (n, m) = (parse.GetValue(seasons), parse.GetValue(planted));
            if (n < 0 || m < 0 || n + (m * steps.Count) == 0)
            {
                AnsiConsole.MarkupLine("[red]错误 / error:[/] --seasons 与 --planted 不能为负且不能都为 0 / --seasons and --planted must be non-negative and not both 0");
                return 2;
            }

            var out_ = parse.GetValue(output)!;
            out_.Create();
            var work = Path.Combine(Path.GetTempPath(), $"insights-validate-{Environment.ProcessId}");
            var clock = Stopwatch.StartNew();
            var design = new SimulationDesign();
            var outcomes = await ValidationStudy.RunAsync(design, n, m, steps, parse.GetValue(seed), work,
                new SynchronousProgress<(int Done, int Total, string Season)>(p =>
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{p.Done}/{p.Total}] {p.Season} ({clock.Elapsed.TotalSeconds:0} s)"))),
                cancellationToken);
            var tallies = ValidationTally.Tally(outcomes);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"./insights validate --seasons {n} --planted {m} --ladder {string.Join(',', steps.Select(s => s.ToString(CultureInfo.InvariantCulture)))} --seed {parse.GetValue(seed)}");
            var md = ValidationReport.Markdown(tallies, ValidationTally.AffiliationCoverage(outcomes), line, design)
                + ValidationReport.PowerMarkdown(ValidationTally.PowerStatuses(outcomes));
            await File.WriteAllTextAsync(Path.Combine(out_.FullName, "validation.md"), md, cancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(out_.FullName, "validation.csv"), Insights.Model.Files.CsvWriter.Bytes(ValidationReport.Csv(tallies)), cancellationToken);
            Console.WriteLine(md);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} seasons in {clock.Elapsed.TotalMinutes:0.0} min → {out_.FullName}"));
            return 0;
        });
        return command;
    }
}
