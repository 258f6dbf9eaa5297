using System.Diagnostics;
using System.Globalization;
using Insights.Generator;
using Insights.Generator.Planning;
using Insights.Model.Reference;
using Spectre.Console;

namespace Insights.Cli.Commands;

/// <summary>Runs a generation with a progress display and prints what was written.</summary>
internal static class GenerationRunner
{
    public static int Run(GeneratorOptions options)
    {
        var clock = Stopwatch.StartNew();
        GenerationResult result;
        try
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]生成赛季 / generating season[/] {options.SeasonId}: {options.Projects:N0} projects, seed {options.Seed} → {options.OutputDirectory}");
            if (options.PlanFile is not null)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"评审计划 / judging plan: {options.PlanFile}");
            }

            result = Console.IsOutputRedirected ? RunPlain(options) : RunWithProgress(options);
        }
        catch (JudgingPlanException e)
        {
            // Every problem of the plan on a line of its own, each with its file, row and column.
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or ReferenceDataException or IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]错误 / error:[/] {UserMessage.Of(e)}");
            return 1;
        }

        var table = new Table().AddColumns("文件 / file", "行数 / rows");
        foreach (var file in result.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(Path.GetRelativePath(options.OutputDirectory, file.Path)), file.Rows.ToString("N0", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"完成 / done in {clock.Elapsed.TotalSeconds:0.0} s: {result.Projects:N0} projects, {result.Judges:N0} judges, {result.PlantedProblems} planted problems");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"清单 / manifest: {result.ManifestPath}");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"真值 / truth: {options.TruthDirectory}");
        return 0;
    }

    private static GenerationResult RunPlain(GeneratorOptions options)
    {
        var lastStep = "";
        return SeasonFiles.Generate(options, new SynchronousProgress<GeneratorProgress>(p =>
        {
            if (p.Step != lastStep)
            {
                Console.WriteLine($"  {p.Step}");
                lastStep = p.Step;
            }
        }));
    }

    private static GenerationResult RunWithProgress(GeneratorOptions options)
    {
        GenerationResult? result = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                result = SeasonFiles.Generate(options, new SynchronousProgress<GeneratorProgress>(p =>
                {
                    foreach (var other in tasks.Values.Where(t => !t.IsFinished && t.Description != p.Step))
                    {
                        other.Value = other.MaxValue;
                    }

                    if (!tasks.TryGetValue(p.Step, out var task))
                    {
                        tasks[p.Step] = task = context.AddTask(p.Step, maxValue: Math.Max(1, p.Total));
                    }

                    task.Value = p.Done;
                }));
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            });
        return result!;
    }
}
