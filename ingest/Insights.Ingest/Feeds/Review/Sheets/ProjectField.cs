namespace Insights.Ingest.Feeds.Review.Sheets;

/// <summary>What a per-project column of a review sheet holds.</summary>
public enum ProjectField
{
    /// <summary>A running number (序号): ignored.</summary>
    Sequence,

    /// <summary>The project id (项目编号).</summary>
    Project,

    /// <summary>The project's name (项目名称): not needed, not landed.</summary>
    Name,

    /// <summary>The track (赛道).</summary>
    Track,

    /// <summary>The panel of a stage (分组, 评审组).</summary>
    Panel,

    /// <summary>The published total of a stage (总分, 平均分).</summary>
    Total,

    /// <summary>The published rank of a stage (排名).</summary>
    Rank,

    /// <summary>The award (奖项).</summary>
    Award,
}
