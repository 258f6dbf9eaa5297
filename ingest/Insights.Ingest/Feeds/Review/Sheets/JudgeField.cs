namespace Insights.Ingest.Feeds.Review.Sheets;

/// <summary>What a column of one judge's group on a review sheet holds.</summary>
public enum JudgeField
{
    /// <summary>The judge's id (专家编码, Judge 1 ID).</summary>
    Id,

    /// <summary>The judge's name (专家姓名), taken when there is no id.</summary>
    Name,

    /// <summary>A column named by the ordinal alone (专家一): the judge, when there is neither id nor name.</summary>
    Bare,

    /// <summary>The original (raw) mark (原始分, Score).</summary>
    Score,

    /// <summary>The competition's standardized mark (标准分, Standardized).</summary>
    Standard,

    /// <summary>The mark after reconsideration (复议分, Reconsidered): a second round of the same judge.</summary>
    Reconsidered,
}
