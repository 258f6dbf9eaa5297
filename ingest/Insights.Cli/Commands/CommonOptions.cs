using System.CommandLine;
using Insights.Generator;
using Insights.Model.Reference;

namespace Insights.Cli.Commands;

/// <summary>Options shared by several verbs.</summary>
internal static class CommonOptions
{
    public static Option<string> Season() => new("--season")
    {
        Description = "赛季编号 / season id (e.g. 2024-JS)",
        DefaultValueFactory = _ => ReferenceCatalog.DefaultSeasonId,
    };

    public static Option<int> Projects() => new("--projects")
    {
        Description = "项目数 / number of projects across all tracks",
        DefaultValueFactory = _ => GeneratorOptions.DefaultProjects,
    };

    public static Option<ulong> Seed() => new("--seed")
    {
        Description = "随机种子：相同种子输出字节一致 / random seed: the same seed gives byte-identical files",
        DefaultValueFactory = _ => GeneratorOptions.DefaultSeed,
    };

    public static Option<bool> Clean() => new("--clean")
    {
        Description = "不植入任何问题 / plant no problems: a season that breaks no rule and has no quirky judge",
    };
}
