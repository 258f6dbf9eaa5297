using System.CommandLine;
using Insights.Analytics.Pipeline;
using Insights.Generator;
using Insights.Warehouse.Building;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights run</c>: the main job on the embedded default season. It generates a province-scale season into
/// <c>DATA/SEASON/source</c> (unless it is already there), ingests it into the lake <c>DATA/lake</c> and the
/// warehouse <c>DATA/warehouse.duckdb</c>, and analyses it into <c>DATA/analysis</c> and the warehouse; serve joins it
/// as it is built.
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
        var command = new Command("run", "主任务：生成、导入并分析默认赛季 / main job: generate, ingest and analyse the default season")
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

            var warehouse = Path.Combine(dataRoot, "warehouse.duckdb");
            var exit = await IngestRunner.RunAsync(
                new IngestRequest(source, warehouse, Path.Combine(dataRoot, "lake"), seasonId, null, null, null, false),
                cancellationToken);
            if (exit == IngestExitCode.Unreadable)
            {
                return exit;
            }

            var analysis = AnalyzeRunner.Run(
                new AnalyzeOptions(warehouse, Path.Combine(dataRoot, "analysis"), seasonId, Parallelism: Math.Max(1, Environment.ProcessorCount)),
                json: false,
                cancellationToken);
            // A generated season has planted rule breaches and judging problems, so findings (exit 1) are the expected
            // outcome of the demo.
            return analysis == AnalyzeRunner.Unusable ? analysis : 0;
        });
        return command;
    }
}
