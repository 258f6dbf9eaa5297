namespace Insights.Ingest.Feeds.Layouts;

/// <summary>One stage of a review sheet in a layout file: its label, per-project columns and judges' groups.</summary>
public sealed class LayoutStage
{
    /// <summary>The stage's label in the warehouse (default <c>stageN</c>).</summary>
    public string? Stage { get; set; }

    /// <summary>The panel column; absent: the panel is the row's judge ids of the stage, sorted and joined by +.</summary>
    public string? Panel { get; set; }

    /// <summary>The published total's column.</summary>
    public string? Total { get; set; }

    /// <summary>The published rank's column.</summary>
    public string? Rank { get; set; }

    /// <summary>The award's column.</summary>
    public string? Award { get; set; }

    /// <summary>The judges' groups.</summary>
    public List<LayoutJudge> Judges { get; set; } = [];
}
