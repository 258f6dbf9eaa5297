namespace Insights.Ingest.Feeds.Layouts;

/// <summary>One judge's group of columns in a layout file (<c>{judge: 专家一编码, score: 专家一原始分, ...}</c>).</summary>
public sealed class LayoutJudge
{
    /// <summary>The column naming the judge (id, else name); absent: the judge is <c>judge-ORDINAL</c>.</summary>
    public string? Judge { get; set; }

    /// <summary>The original mark's column.</summary>
    public string? Score { get; set; }

    /// <summary>The standardized mark's column (标准分).</summary>
    public string? Standard { get; set; }

    /// <summary>The reconsidered mark's column (复议分): a second round.</summary>
    public string? Reconsidered { get; set; }

    /// <summary>The label of the reconsideration round (default 复议).</summary>
    public string? RoundLabel { get; set; }

    /// <summary>The judge's place on the sheet (default: its place in the list), naming a judge without a judge column.</summary>
    public int? Ordinal { get; set; }
}
