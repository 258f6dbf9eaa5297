using System.CommandLine;
using Insights.Generator;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights run</c>: the main job on the embedded default season. Today it generates a province-scale season
/// into <c>DATA/SEASON/source</c>; ingest, analyze and serve join it as they are built.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "数据目录 / data folder",
            DefaultValueFactory = _ => new DirectoryInfo("data"),
        };
        var projects = CommonOptions.Projects();
        var seed = CommonOptions.Seed();
        var season = CommonOptions.Season();
        var command = new Command("run", "主任务：生成默认赛季 / main job: generate the default season")
        {
            data, projects, seed, season,
        };
        command.SetAction(parse =>
        {
            var seasonId = parse.GetValue(season)!;
            var root = Path.Combine(parse.GetValue(data)!.FullName, seasonId);
            var options = new GeneratorOptions(Path.Combine(root, "source"), Path.Combine(root, "truth"), parse.GetValue(projects), parse.GetValue(seed), seasonId);
            return GenerationRunner.Run(options);
        });
        return command;
    }
}
