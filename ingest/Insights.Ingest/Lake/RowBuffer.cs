using Insights.Ingest.Datasets;

namespace Insights.Ingest.Lake;

/// <summary>
/// Typed column buffers for one row group of one dataset: the ingest writes values straight into them (no boxing),
/// and the partition writer hands each column to Parquet.Net as one array. The arrays start small and grow to the
/// capacity as rows come (a file whose rows fall into thousands of seasons opens thousands of buffers), and a buffer
/// is full at its capacity or when its text passes <see cref="MaxTextChars"/> characters.
/// </summary>
public sealed class RowBuffer
{
    /// <summary>Characters of text a buffer holds before it counts as full (64 MB).</summary>
    public const long MaxTextChars = 32L * 1024 * 1024;

    private const int InitialRows = 64;

    private readonly BufferedText? _meter;
    private int _allocated;
    private long _published;
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
        : this(dataset, capacity, null)
    {
    }

    /// <summary>Creates empty buffers that add the characters of their text to <paramref name="meter"/>.</summary>
    internal RowBuffer(LakeDataset dataset, int capacity, BufferedText? meter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Dataset = dataset;
        Capacity = capacity;
        _meter = meter;
        var rows = Math.Min(capacity, InitialRows);
        _allocated = rows;
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
                case ValueKind.Text: _text[i] = new string?[rows]; break;
                case ValueKind.WholeNumber: _integer[i] = new long?[rows]; break;
                case ValueKind.Real: _real[i] = new double?[rows]; break;
                case ValueKind.Date: _date[i] = new DateOnly?[rows]; break;
                case ValueKind.DateTime: _dateTime[i] = new DateTime?[rows]; break;
                case ValueKind.Boolean: _boolean[i] = new bool?[rows]; break;
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

    /// <summary>Characters of the text values set since the last flush.</summary>
    public long TextChars { get; private set; }

    /// <summary>Whether the buffer is full and must be flushed before the next row.</summary>
    public bool IsFull => Count == Capacity || TextChars >= MaxTextChars;

    /// <summary>Starts a new row; every column is null until set.</summary>
    /// <returns>The row's index in the buffer.</returns>
    public int AddRow()
    {
        if (IsFull)
        {
            throw new InvalidOperationException("row buffer is full: flush it first");
        }

        // The shared count hears of this buffer's text once a row, not once a value: it is only read between rows.
        if (_meter is not null && TextChars != _published)
        {
            _meter.Add(TextChars - _published);
            _published = TextChars;
        }

        if (Count == _allocated)
        {
            Grow(Math.Min(Capacity, Math.Max(InitialRows, _allocated * 2)));
        }

        // Every column is already null here: Clear empties the arrays after each flush.
        var row = Count++;
        return row;
    }

    /// <summary>Sets a text value.</summary>
    /// <param name="column">The column, of this buffer's dataset.</param>
    /// <param name="value">The value; empty strings are stored as null.</param>
    public void Set(LakeField<string> column, string? value)
    {
        var cells = Column(_text, column.Dataset, column.Ordinal);
        var length = (cells[Count - 1]?.Length ?? 0) - (value?.Length ?? 0);
        cells[Count - 1] = string.IsNullOrEmpty(value) ? null : value;
        TextChars -= length;
    }

    /// <summary>Sets a text value every row of the batch shares (one string: it does not count as text held).</summary>
    /// <param name="column">The column, of this buffer's dataset.</param>
    /// <param name="value">The value; empty strings are stored as null.</param>
    internal void SetShared(LakeField<string> column, string? value) => Column(_text, column.Dataset, column.Ordinal)[Count - 1] = string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Sets an integer value.</summary>
    /// <param name="column">The column, of this buffer's dataset.</param>
    /// <param name="value">The value.</param>
    public void Set(LakeField<long> column, long? value) => Column(_integer, column.Dataset, column.Ordinal)[Count - 1] = value;

    /// <summary>Sets a real value.</summary>
    /// <param name="column">The column, of this buffer's dataset.</param>
    /// <param name="value">The value.</param>
    public void Set(LakeField<double> column, double? value) => Column(_real, column.Dataset, column.Ordinal)[Count - 1] = value;

    /// <summary>Sets a date value.</summary>
    /// <param name="column">The column, of this buffer's dataset.</param>
    /// <param name="value">The value.</param>
    public void Set(LakeField<DateOnly> column, DateOnly? value) => Column(_date, column.Dataset, column.Ordinal)[Count - 1] = value;

    /// <summary>Sets a date-time value.</summary>
    /// <param name="column">The column, of this buffer's dataset.</param>
    /// <param name="value">The value.</param>
    public void Set(LakeField<DateTime> column, DateTime? value) => Column(_dateTime, column.Dataset, column.Ordinal)[Count - 1] = value;

    /// <summary>Sets a boolean value.</summary>
    /// <param name="column">The column, of this buffer's dataset.</param>
    /// <param name="value">The value.</param>
    public void Set(LakeField<bool> column, bool? value) => Column(_boolean, column.Dataset, column.Ordinal)[Count - 1] = value;

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
        _meter?.Add(-_published);
        (TextChars, _published) = (0, 0);
    }

    internal string?[] TextColumn(int column) => _text[column]!;

    internal long?[] IntegerColumn(int column) => _integer[column]!;

    internal double?[] RealColumn(int column) => _real[column]!;

    internal DateOnly?[] DateColumn(int column) => _date[column]!;

    internal DateTime?[] DateTimeColumn(int column) => _dateTime[column]!;

    internal bool?[] BooleanColumn(int column) => _boolean[column]!;

    private static void Resize<T>(T[]?[] columns, int rows)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is { } column)
            {
                Array.Resize(ref column, rows);
                columns[i] = column;
            }
        }
    }

    private void Grow(int rows)
    {
        Resize(_text, rows);
        Resize(_integer, rows);
        Resize(_real, rows);
        Resize(_date, rows);
        Resize(_dateTime, rows);
        Resize(_boolean, rows);
        _allocated = rows;
    }

    // Two compares a value: the handle's kind chose the array, so only its dataset is left to check.
    private T[] Column<T>(T[]?[] columns, LakeDataset dataset, int column)
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("call AddRow before setting values");
        }

        return ReferenceEquals(dataset, Dataset) ? columns[column]! : throw Foreign(dataset, column);
    }

    private ArgumentException Foreign(LakeDataset dataset, int column) => new(
        $"列 {dataset.Name}.{dataset.Columns[column].Name} 不属于湖数据集 {Dataset.Name} / column {dataset.Name}.{dataset.Columns[column].Name} is not of lake dataset {Dataset.Name}",
        nameof(column));
}
