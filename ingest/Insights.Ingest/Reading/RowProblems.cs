using System.Globalization;

namespace Insights.Ingest.Reading;

/// <summary>The bilingual row problems the readers report.</summary>
internal static class RowProblems
{
    internal static RowProblem TooManyFields(int fields, int columns, ReadOnlySpan<char> row) => new(
        "", Value(row),
        Invariant($"字段数多于表头：{fields} 个字段，表头 {columns} 列"),
        Invariant($"more fields than the header: {fields} fields for {columns} columns"));

    internal static RowProblem TooFewFields(int fields, int columns, ReadOnlySpan<char> row) => new(
        "", Value(row),
        Invariant($"字段数少于表头：{fields} 个字段，表头 {columns} 列"),
        Invariant($"fewer fields than the header: {fields} fields for {columns} columns"));

    internal static RowProblem UnterminatedQuote(string column, ReadOnlySpan<char> value) => new(
        column, Value(value),
        "引号未闭合：该字段一直延续到文件末尾（文件可能被截断）",
        "unterminated quote: the field runs to the end of the file (the file may be truncated)");

    internal static RowProblem TooLong(string column, int length, int max, ReadOnlySpan<char> value) => new(
        column, Value(value),
        Invariant($"单元格长度 {length} 超过上限 {max}，已截断"),
        Invariant($"cell is {length} characters long, over the limit of {max}; truncated"));

    internal static RowProblem InvalidCharacters(string column, ReadOnlySpan<char> value) => new(
        column, Value(value),
        "含有无法按文件编码解码的字节或控制字符",
        "contains bytes that are not valid in the file's encoding, or control characters");

    internal static RowProblem NotAnObject(ReadOnlySpan<char> value) => new(
        "", Value(value),
        "记录不是 JSON 对象",
        "the record is not a JSON object");

    private static string Value(ReadOnlySpan<char> value) => CellText.Truncate(value, RowProblem.MaxValueLength);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
