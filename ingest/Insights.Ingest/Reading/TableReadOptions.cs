namespace Insights.Ingest.Reading;

/// <summary>How to read a source file.</summary>
/// <param name="Encoding">
/// Text encoding of a CSV or JSON file: <c>utf-8</c>, <c>gb18030</c> or <c>gbk</c> (code page 936);
/// <see langword="null"/> detects it (byte-order mark, else UTF-8 if the bytes are valid UTF-8, else GB18030).
/// </param>
/// <param name="Sheet">Name of the XLSX sheet to read; <see langword="null"/> reads the first worksheet.</param>
/// <param name="MaxCellLength">
/// Longest cell kept, in UTF-16 characters (Excel's own limit by default); a longer cell is truncated and its row gets a
/// <see cref="RowProblem"/>.
/// </param>
public sealed record TableReadOptions(string? Encoding = null, string? Sheet = null, int MaxCellLength = 32767);
