namespace Insights.Cli.Commands;

/// <summary>The arguments of one ingest (<c>Season</c> null: not given, the layout file's or the default).</summary>
internal sealed record IngestRequest(
    string Source,
    string Warehouse,
    string? Lake,
    string? Season,
    string? Encoding,
    string? Feed,
    string? KeyFile,
    bool Json,
    string? Layout = null)
{
    /// <summary>A rules file to land besides the source's own.</summary>
    public string? Rules { get; init; }

    /// <summary>The bulk path: <c>auto</c> (long score CSVs from 64 MiB), <c>always</c> or <c>never</c>.</summary>
    public string Bulk { get; init; } = "auto";

    /// <summary>Runs every data test over every season (no season's earlier pass carried).</summary>
    public bool RetestAll { get; init; }
}
