namespace Insights.Cli.Commands;

/// <summary>The arguments of one ingest.</summary>
internal sealed record IngestRequest(
    string Source,
    string Warehouse,
    string? Lake,
    string Season,
    string? Encoding,
    string? Feed,
    string? KeyFile,
    bool Json)
{
    /// <summary>A rules file to land besides the source's own.</summary>
    public string? Rules { get; init; }
}
