using Insights.Ingest.Datasets;

namespace Insights.Ingest.Lake;

/// <summary>
/// Typed column buffers for one row group of one dataset: the ingest writes values straight into them (no boxing),
/// and the partition writer hands each column to Parquet.Net as one array.
/// </summary>
public sealed class RowBuffer
{
    private readonly string?[]?[] _text;
    private readonly long?[]?[] _integer;
    private readonly double?[]?[] _real;
    private readonly DateOnly?[]?[] _date;
    private readonly DateTime?[]?[] _dateTime;
    private readonly bool?[]?[] _boolean;

    /// <summary>Creates empty buffers.</summary>
    /// <param name="dataset">The dataset whose columns they hold.</param>
    /// <param name="capacity">Rows per row group.</param>
    public RowBuffer(LakeDataset dataset, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Dataset = dataset;
        Capacity = capacity;
        var n = dataset.Columns.Count;
        _text = new string?[]?[n];
        _integer = new long?[]?[n];
        _real = new double?[]?[n];
        _date = new DateOnly?[]?[n];
        _dateTime = new DateTime?[]?[n];
        _boolean = new bool?[]?[n];
        for (var i = 0; i < n; i++)
        {
            switch (dataset.Columns[i].Kind)
            {
                case ValueKind.Text: _text[i] = new string?[capacity]; break;
                case ValueKind.WholeNumber: _integer[i] = new long?[capacity]; break;
                case ValueKind.Real: _real[i] = new double?[capacity]; break;
                case ValueKind.Date: _date[i] = new DateOnly?[capacity]; break;
                case ValueKind.DateTime: _dateTime[i] = new DateTime?[capacity]; break;
                case ValueKind.Boolean: _boolean[i] = new bool?[capacity]; break;
                default: throw new ArgumentOutOfRangeException(nameof(dataset), dataset.Columns[i].Kind, "unknown column kind");
            }
        }
    }

    /// <summary>The dataset.</summary>
    public LakeDataset Dataset { get; }

    /// <summary>Rows the buffer holds when full.</summary>
    public int Capacity { get; }

    /// <summary>Rows written so far.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the buffer is full and must be flushed before the next row.</summary>
    public bool IsFull => Count == Capacity;

    /// <summary>Starts a new row; every column is null until set.</summary>
    /// <returns>The row's index in the buffer.</returns>
    public int AddRow()
    {
        if (IsFull)
        {
            throw new InvalidOperationException("row buffer is full: flush it first");
        }

        // Every column is already null here: Clear empties the arrays after each flush.
        var row = Count++;
        return row;
    }

    /// <summary>Sets a text value.</summary>
    /// <param name="column">Column ordinal.</param>
    /// <param name="value">The value; empty strings are stored as null.</param>
    public void Set(int column, string? value) => Column(_text, column)[Count - 1] = string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Sets an integer value.</summary>
    /// <param name="column">Column ordinal.</param>
    /// <param name="value">The value.</param>
    public void Set(int column, long? value) => Column(_integer, column)[Count - 1] = value;

    /// <summary>Sets a real value.</summary>
    /// <param name="column">Column ordinal.</param>
    /// <param name="value">The value.</param>
    public void Set(int column, double? value) => Column(_real, column)[Count - 1] = value;

    /// <summary>Sets a date value.</summary>
    /// <param name="column">Column ordinal.</param>
    /// <param name="value">The value.</param>
    public void Set(int column, DateOnly? value) => Column(_date, column)[Count - 1] = value;

    /// <summary>Sets a date-time value.</summary>
    /// <param name="column">Column ordinal.</param>
    /// <param name="value">The value.</param>
    public void Set(int column, DateTime? value) => Column(_dateTime, column)[Count - 1] = value;

    /// <summary>Sets a boolean value.</summary>
    /// <param name="column">Column ordinal.</param>
    /// <param name="value">The value.</param>
    public void Set(int column, bool? value) => Column(_boolean, column)[Count - 1] = value;

    /// <summary>Empties the buffer after a flush: every value back to null, in one pass per column.</summary>
    public void Clear()
    {
        for (var i = 0; i < Dataset.Columns.Count; i++)
        {
            switch (Dataset.Columns[i].Kind)
            {
                case ValueKind.Text: Array.Clear(_text[i]!, 0, Count); break;
                case ValueKind.WholeNumber: Array.Clear(_integer[i]!, 0, Count); break;
                case ValueKind.Real: Array.Clear(_real[i]!, 0, Count); break;
                case ValueKind.Date: Array.Clear(_date[i]!, 0, Count); break;
                case ValueKind.DateTime: Array.Clear(_dateTime[i]!, 0, Count); break;
                default: Array.Clear(_boolean[i]!, 0, Count); break;
            }
        }

        Count = 0;
    }

    internal string?[] TextColumn(int column) => _text[column]!;

    internal long?[] IntegerColumn(int column) => _integer[column]!;

    internal double?[] RealColumn(int column) => _real[column]!;

    internal DateOnly?[] DateColumn(int column) => _date[column]!;

    internal DateTime?[] DateTimeColumn(int column) => _dateTime[column]!;

    internal bool?[] BooleanColumn(int column) => _boolean[column]!;

    private T[] Column<T>(T[]?[] columns, int column)
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("call AddRow before setting values");
        }

        return columns[column] ?? throw new ArgumentException($"column {Dataset.Columns[column].Name} of {Dataset.Name} is {Dataset.Columns[column].Kind}", nameof(column));
    }
}
