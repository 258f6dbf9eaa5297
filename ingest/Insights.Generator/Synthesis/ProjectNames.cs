using Insights.Generator.Randomness;
using Insights.Model.Reference;

namespace Insights.Generator.Synthesis;

/// <summary>Project titles in the style of competition entries, built around the problem statement they answer.</summary>
public static class ProjectNames
{
    private static readonly string[] s_technologies = ["多源数据融合", "人工智能大模型", "隐私计算", "数字孪生", "区块链", "知识图谱", "时空大数据", "联邦学习", "物联网感知", "可信数据空间"];
    private static readonly string[] s_products = ["平台", "系统", "解决方案", "服务平台", "应用", "一体化平台", "智能体", "数据产品"];
    private static readonly string[] s_generic = ["通用赛题"];

    /// <summary>A title for a project on <paramref name="problem"/> of <paramref name="track"/>.</summary>
    /// <param name="random">The stream to draw from.</param>
    /// <param name="track">The project's track.</param>
    /// <param name="problem">The project's problem.</param>
    public static string Next(DeterministicRandom random, Track track, Problem problem)
    {
        var topic = s_generic.Contains(problem.TitleZh) ? track.NameZh : problem.TitleZh;
        var technology = random.Pick(s_technologies);
        var product = random.Pick(s_products);
        var title = random.Next(4) switch
        {
            0 => $"基于{technology}的{topic}{product}",
            1 => $"面向{topic}的{technology}{product}",
            2 => $"“数据要素×{track.NameZh}”{topic}{product}",
            _ => $"{technology}赋能{topic}{product}",
        };
        // Topics that end in 服务 or 平台 would read 服务服务平台.
        return title.Replace("服务服务", "服务", StringComparison.Ordinal).Replace("平台平台", "平台", StringComparison.Ordinal);
    }
}
