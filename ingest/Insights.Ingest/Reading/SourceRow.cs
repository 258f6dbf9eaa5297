namespace Insights.Ingest.Reading;

/// <summary>
/// One data row of a source file, as raw text cells aligned with <see cref="TableReader.Header"/>.
/// </summary>
/// <param name="RowNumber">
/// What a person opening the file would call the row. CSV and XLSX: the 1-based line or row number in the sheet (the
/// header is row 1, so the first data row is row 2); for a CSV record whose quoted fields span several lines, the line
/// where the record starts. JSON: the 1-based index of the record in the data array.
/// </param>
/// <param name="Cells">One cell per header column; <see langword="null"/> where the row has no cell for the column.</param>
/// <param name="Problem">
/// <see langword="null"/> for a readable row; otherwise why the row cannot be trusted (wrong number of fields,
/// unterminated quote, a cell over the length limit, undecodable or control characters). The row is still yielded so the
/// caller can quarantine it.
/// </param>
public sealed record SourceRow(long RowNumber, string?[] Cells, RowProblem? Problem);
