using System.CommandLine;
using Insights.Generator;
using Insights.Warehouse.Building;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights run</c>: the main job on the embedded default season. It generates a province-scale season into
/// <c>DATA/SEASON/source</c> (unless it is already there) and ingests it into the lake <c>DATA/lake</c> and the
/// warehouse <c>DATA/warehouse.duckdb</c>; analyze and serve join it as they are built.
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
        var command = new Command("run", "主任务：生成并导入默认赛季 / main job: generate and ingest the default season")
        {
            data, projects, seed, season,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var seasonId = parse.GetValue(season)!;
            var dataRoot = parse.GetValue(data)!.FullName;
            var root = Path.Combine(dataRoot, seasonId);
            var source = Path.Combine(root, "source");
            if (!File.Exists(Path.Combine(source, "manifest.json")))
            {
                var options = new GeneratorOptions(source, Path.Combine(root, "truth"), parse.GetValue(projects), parse.GetValue(seed), seasonId);
                var generated = GenerationRunner.Run(options);
                if (generated != 0)
                {
                    return generated;
                }
            }
            else
            {
                Console.WriteLine($"已有生成的赛季 / using the season already generated in {source}");
            }

            var exit = await IngestRunner.RunAsync(
                new IngestRequest(source, Path.Combine(dataRoot, "warehouse.duckdb"), Path.Combine(dataRoot, "lake"), seasonId, null, null, null, false),
                cancellationToken);
            // A generated season has planted rule breaches, so findings (exit 1) are the expected outcome of the demo.
            return exit == IngestExitCode.Unreadable ? exit : 0;
        });
        return command;
    }
}
