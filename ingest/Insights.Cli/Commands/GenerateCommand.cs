using System.CommandLine;
using Insights.Generator;

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
        var command = new Command("generate", "生成一个仿真赛季（报名、评审、获奖、举报）及植入的真值 / generate a realistic season with planted truth")
        {
            output, truth, projects, seed, season, clean,
        };
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!.FullName;
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
}
