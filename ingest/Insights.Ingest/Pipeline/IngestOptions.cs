using Insights.Ingest.Reading;

namespace Insights.Ingest.Pipeline;

/// <summary>What one ingest run lands, and where.</summary>
/// <param name="Source">A folder of export files, or one file.</param>
/// <param name="Lake">The lake folder.</param>
/// <param name="DefaultSeason">The season of rows that do not name one.</param>
/// <param name="PersonalDataKey">The key of the personal-data hashes.</param>
/// <param name="Encoding">Text encoding of CSV files (null: detect).</param>
/// <param name="Feed">Feed id to use for every file (null: recognise each file from its header).</param>
/// <param name="RowGroupSize">Rows per Parquet row group.</param>
/// <param name="Limits">
/// The reading limits (<see cref="TableReadOptions"/>: columns, record length, XLSX and JSON bounds); null for the
/// defaults, which keep an ingest under 1 GB whatever the files hold. Its encoding and sheet are not used.
/// </param>
/// <param name="Rules">A season's rules file (YAML or JSON) to land besides the source's own (<c>rules.yaml</c>, <c>*.rules.yaml</c>).</param>
/// <param name="Layout">A layout file that says what each file's columns mean (<c>--layout</c>), or null to recognise them.</param>
/// <param name="KnownSeasonsOnly">
/// Refuse files of the notice's formats (registrations, judges, panels, wide scores, awards, complaints) for a default
/// season without reference data, unless outside data of that season comes with them or is in the lake: a mistyped
/// <c>--season</c> would otherwise land a season nobody meant. The command line sets it; simulations that land
/// generated seasons under other names do not.
/// </param>
public sealed record IngestOptions(
    string Source,
    string Lake,
    string DefaultSeason,
    byte[] PersonalDataKey,
    string? Encoding = null,
    string? Feed = null,
    int RowGroupSize = 131_072,
    TableReadOptions? Limits = null,
    string? Rules = null,
    Feeds.Layouts.LayoutFile? Layout = null,
    bool KnownSeasonsOnly = false)
{
    /// <summary>Long score CSVs from this size on take the bulk path (DuckDB); 0 sends every one, <see cref="long.MaxValue"/> none.</summary>
    public long BulkMinBytes { get; init; } = DefaultBulkMinBytes;

    /// <summary>The default of <see cref="BulkMinBytes"/>: 64 MiB, about 600,000 marks; below, fixed costs make the row path as fast.</summary>
    public const long DefaultBulkMinBytes = 64L << 20;
}
