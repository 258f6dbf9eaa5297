using System.Globalization;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Feeds;

/// <summary>
/// One source row seen through a feed's binding: typed accessors that parse a field and, when it is missing or
/// unreadable, record why (the first problem wins). A feed lands the row only when <see cref="Ok"/>.
/// One instance is reused for every row of a file.
/// </summary>
public sealed class FeedRow
{
    private const int MaxValueInReason = 200;
    private SourceRow _source = new(0, [], null);

    internal FeedRow(FeedBinding binding) => Binding = binding;

    /// <summary>The binding of the file.</summary>
    public FeedBinding Binding { get; }

    /// <summary>The source row number.</summary>
    public long RowNumber => _source.RowNumber;

    /// <summary>The raw cells.</summary>
    public IReadOnlyList<string?> Cells => _source.Cells;

    /// <summary>The first problem found in the row, if any.</summary>
    public RowProblem? Problem { get; private set; }

    /// <summary>Whether no problem was found so far.</summary>
    public bool Ok => Problem is null;

    internal void Reset(SourceRow source)
    {
        _source = source;
        Problem = source.Problem;
    }

    /// <summary>A field's trimmed text, or null when the file lacks the field or the cell is empty.</summary>
    /// <param name="field">Field index in the feed.</param>
    public string? Text(int field)
    {
        var column = Binding.Columns[field];
        return column >= 0 ? Cell(column) : null;
    }

    /// <summary>A cell's trimmed text by column index, or null when empty.</summary>
    /// <param name="column">Column index in the header.</param>
    public string? Cell(int column)
    {
        if (column >= _source.Cells.Length)
        {
            return null;
        }

        var value = _source.Cells[column];
        if (value is null)
        {
            return null;
        }

        value = value.Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A required field's text; records a problem when it is empty.</summary>
    /// <param name="field">Field index in the feed.</param>
    public string? Required(int field)
    {
        var value = Text(field);
        if (value is null)
        {
            Reject(field, null, "必填字段为空", "required value is missing");
        }

        return value;
    }

    /// <summary>A number; records a problem when present but unreadable (or missing and required).</summary>
    /// <param name="field">Field index in the feed.</param>
    public double? Real(int field) => Parse<double>(field, ValueParsers.TryParseDouble, "不是数字", "is not a number");

    /// <summary>A whole number; records a problem when present but unreadable.</summary>
    /// <param name="field">Field index in the feed.</param>
    public long? Whole(int field)
    {
        var value = Parse<int>(field, ValueParsers.TryParseInt, "不是整数", "is not a whole number");
        return value;
    }

    /// <summary>A date; records a problem when present but unreadable.</summary>
    /// <param name="field">Field index in the feed.</param>
    public DateOnly? Date(int field) => Parse<DateOnly>(field, ValueParsers.TryParseDate, "不是可识别的日期", "is not a recognised date");

    /// <summary>A date and time; records a problem when present but unreadable.</summary>
    /// <param name="field">Field index in the feed.</param>
    public DateTime? DateTime(int field) => Parse<DateTime>(field, ValueParsers.TryParseDateTime, "不是可识别的日期时间", "is not a recognised date and time");

    /// <summary>A yes/no value; records a problem when present but unreadable.</summary>
    /// <param name="field">Field index in the feed.</param>
    public bool? Bool(int field) => Parse<bool>(field, ValueParsers.TryParseBool, "不是“是/否”", "is not yes/no");

    /// <summary>Records a problem with a field (the first problem of a row is the one reported).</summary>
    /// <param name="field">Field index in the feed.</param>
    /// <param name="value">The offending value.</param>
    /// <param name="reasonZh">Why, in Chinese.</param>
    /// <param name="reasonEn">Why, in English.</param>
    public void Reject(int field, string? value, string reasonZh, string reasonEn) =>
        RejectColumn(Binding.ColumnName(field), value, reasonZh, reasonEn);

    /// <summary>Records a problem with a column or, with an empty column name, the whole row.</summary>
    /// <param name="column">Header name.</param>
    /// <param name="value">The offending value.</param>
    /// <param name="reasonZh">Why, in Chinese.</param>
    /// <param name="reasonEn">Why, in English.</param>
    public void RejectColumn(string column, string? value, string reasonZh, string reasonEn)
    {
        if (Problem is not null)
        {
            return;
        }

        value ??= string.Empty;
        if (value.Length > MaxValueInReason)
        {
            value = value[..MaxValueInReason];
        }

        Problem = new RowProblem(column, value, reasonZh, reasonEn);
    }

    /// <summary>Takes the row's problem off it (a feed that quarantines a cell instead of the row).</summary>
    /// <returns>The problem, or null.</returns>
    public RowProblem? TakeProblem()
    {
        var problem = Problem;
        Problem = null;
        return problem;
    }

    private delegate bool TryParse<T>(string? text, out T value);

    private T? Parse<T>(int field, TryParse<T> parse, string zh, string en)
        where T : struct
    {
        var text = Binding.Feed.Fields[field].Required ? Required(field) : Text(field);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Reject(field, text, string.Create(CultureInfo.InvariantCulture, $"“{Clip(text)}”{zh}"), string.Create(CultureInfo.InvariantCulture, $"'{Clip(text)}' {en}"));
        return null;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
