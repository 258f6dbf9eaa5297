namespace Insights.Ingest.Reading;

/// <summary>
/// How to read a source file, and the limits that keep a hostile or broken file from taking the machine's memory: a
/// file over any limit is refused whole (<see cref="SourceFileException"/>, nothing of it lands), checked while it is
/// streamed, never after loading it. The defaults keep the peak memory of an ingest under 1 GB whatever the file holds
/// (measured figures in docs/ingest.md, "Limits on input"), and are far above what Excel itself can write.
/// </summary>
/// <param name="Encoding">
/// Text encoding of a CSV or JSON file: <c>utf-8</c>, <c>gb18030</c> or <c>gbk</c> (code page 936);
/// <see langword="null"/> detects it (byte-order mark, else UTF-8 if the bytes are valid UTF-8, else GB18030).
/// </param>
/// <param name="Sheet">Name of the XLSX sheet to read; <see langword="null"/> reads the first worksheet.</param>
/// <param name="MaxCellLength">
/// Longest cell kept, in UTF-16 characters (Excel's own limit by default); a longer cell is truncated and its row gets a
/// <see cref="RowProblem"/>.
/// </param>
public sealed record TableReadOptions(string? Encoding = null, string? Sheet = null, int MaxCellLength = 32767)
{
    /// <summary>
    /// The row (1-based, as the spreadsheet numbers it) at or after which the header is the first non-blank row: rows
    /// above it (a title such as 2023年XX大赛评审结果) are skipped. 1 by default: the first non-blank row.
    /// </summary>
    public int HeaderRow { get; init; } = 1;

    /// <summary>Default of <see cref="MaxColumns"/>: Excel's last column, XFD.</summary>
    public const int DefaultMaxColumns = 16_384;

    /// <summary>Default of <see cref="MaxRecordLength"/>: CSV's own record limit (Sep's), 16 Mi.</summary>
    public const int DefaultMaxRecordLength = 16 * 1024 * 1024;

    /// <summary>
    /// Most columns a file may have, and most cells in one row (XLSX, also the highest column a cell reference may name)
    /// or fields in one record (JSON, after flattening; and the keys of all records together, which are the header).
    /// </summary>
    public int MaxColumns { get; init; } = DefaultMaxColumns;

    /// <summary>
    /// Longest record: the UTF-16 characters of all cells of an XLSX row (a shared string counts each time a cell uses
    /// it), the UTF-8 bytes of one JSON record (or of any other value of the document). A single cell or shared string
    /// over it refuses the file too; one over <see cref="MaxCellLength"/> only has its row quarantined.
    /// </summary>
    public int MaxRecordLength { get; init; } = DefaultMaxRecordLength;

    /// <summary>Deepest nesting of objects and arrays inside one JSON record.</summary>
    public int MaxJsonDepth { get; init; } = 32;

    /// <summary>
    /// Most bytes of XML the XLSX reader inflates from the workbook's zip entries, all of them together (the package's
    /// relationships, the workbook, styles, shared strings and the sheet read).
    /// </summary>
    public long MaxXlsxUncompressedBytes { get; init; } = 1L << 30;

    /// <summary>
    /// Highest ratio of inflated to compressed size of one XLSX zip entry once it passes 1 MiB (spreadsheet XML packs
    /// about 5 to 30 times; a zip bomb about 1,000 times).
    /// </summary>
    public int MaxXlsxCompressionRatio { get; init; } = 100;

    /// <summary>Most rows of an XLSX sheet (by row number; Excel's own limit).</summary>
    public long MaxXlsxRows { get; init; } = 1_048_576;

    /// <summary>Most items in an XLSX shared string table.</summary>
    public int MaxSharedStrings { get; init; } = 4 * 1024 * 1024;

    /// <summary>Most UTF-16 characters of all items of an XLSX shared string table together.</summary>
    public long MaxSharedStringChars { get; init; } = 64L * 1024 * 1024;
}
