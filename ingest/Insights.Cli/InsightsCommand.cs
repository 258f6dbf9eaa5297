using System.CommandLine;
using Insights.Cli.Commands;

namespace Insights.Cli;

/// <summary>The root <c>insights</c> command and its verbs.</summary>
public static class InsightsCommand
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("Insights：2024年“数据要素×”大赛江苏省分赛 数据分析与报告仓库 / analytics and reporting warehouse of the Data Elements x competition, Jiangsu division")
        {
            RunCommand.Create(),
            GenerateCommand.Create(),
            IngestCommand.Create(),
            LayoutCommand.Create(),
            AnalyzeCommand.Create(),
            ServeCommand.Create(),
            PublishCommand.Create(),
            ReportCommand.Create(),
            UsersCommand.Create(),
            SeasonsCommand.Create(),
            ConvertCommand.Create(),
            ReferenceCommand.Create(),
            BenchCommand.Create(),
            ValidateCommand.Create(),
            PlanCommand.Create(),
        };
        return root;
    }
}
