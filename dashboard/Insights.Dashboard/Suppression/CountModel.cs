namespace Insights.Dashboard.Suppression;

/// <summary>
/// Every count a season publishes, as one linked set: each count has its true value, whether some table publishes it
/// (others are internal sums that only link tables), a lower bound known from public sources (the award list), and
/// the linear relations between counts (<see cref="CountLine"/>) that a reader can combine. A count shown in two
/// tables (a track's teams in its city and unit-type tables) is one count, so its tables cannot disagree.
/// </summary>
public sealed class CountModel
{
    private readonly List<long> _values = [];
    private readonly List<long> _lowerBounds = [];
    private readonly List<bool> _published = [];
    private readonly List<CountLine> _lines = [];
    private readonly List<CountGrid> _grids = [];
    private readonly HashSet<string> _lineKeys = new(StringComparer.Ordinal);

    /// <summary>The number of counts.</summary>
    public int Count => _values.Count;

    /// <summary>The relations between counts.</summary>
    public IReadOnlyList<CountLine> Lines => _lines;

    /// <summary>The two-way tables.</summary>
    public IReadOnlyList<CountGrid> Grids => _grids;

    /// <summary>Adds a count (internal until a table publishes it).</summary>
    /// <param name="value">Its true value, non-negative.</param>
    /// <returns>Its id.</returns>
    public int Add(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        _values.Add(value);
        _lowerBounds.Add(0);
        _published.Add(false);
        return _values.Count - 1;
    }

    /// <summary>Adds a count that is the sum of others, with the line that says so.</summary>
    /// <param name="parts">The counts it adds up.</param>
    /// <returns>Its id.</returns>
    public int Sum(IReadOnlyList<int> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var total = Add(parts.Sum(Value));
        Line(total, parts);
        return total;
    }

    /// <summary>
    /// The count of <paramref name="value"/> that should equal the count <paramref name="id"/>: that count itself
    /// when the values agree (one count, shown or hidden together), otherwise a new count linked to it by its offset.
    /// </summary>
    /// <param name="id">The count it matches in clean data.</param>
    /// <param name="value">Its own value.</param>
    /// <returns>The id to use.</returns>
    public int Same(int id, long value)
    {
        if (Value(id) == value)
        {
            return id;
        }

        var other = Add(value);
        Line(other, [id], value - Value(id));
        return other;
    }

    /// <summary>Adds a relation: <c>total = Σ parts + offset</c>; it must hold for the true values.</summary>
    /// <param name="total">The total.</param>
    /// <param name="parts">The parts.</param>
    /// <param name="offset">The rest.</param>
    /// <exception cref="ArgumentException">The true values do not satisfy it.</exception>
    public void Line(int total, IReadOnlyList<int> parts, long offset = 0)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (Value(total) != parts.Sum(Value) + offset)
        {
            throw new ArgumentException($"count {total} = {Value(total)} is not the sum of its parts {parts.Sum(Value)} + {offset}", nameof(parts));
        }

        // The same relation twice (a grid's total and the season table's) adds nothing.
        if (_lineKeys.Add($"{total}={string.Join('+', parts.Order())}+{offset}"))
        {
            _lines.Add(new CountLine(total, [.. parts], offset));
        }
    }

    /// <summary>Adds a two-way table and its lines (each row, each column, and the totals).</summary>
    /// <param name="grid">The table.</param>
    public void Grid(CountGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        for (var r = 0; r < grid.Rows; r++)
        {
            Line(grid.RowTotals[r], [.. Enumerable.Range(0, grid.Columns).Select(c => grid.Cells[r, c])]);
        }

        for (var c = 0; c < grid.Columns; c++)
        {
            Line(grid.ColumnTotals[c], [.. Enumerable.Range(0, grid.Rows).Select(r => grid.Cells[r, c])]);
        }

        Line(grid.Total, grid.RowTotals);
        Line(grid.Total, grid.ColumnTotals);
        _grids.Add(grid);
    }

    /// <summary>Marks a count as published by some table.</summary>
    /// <param name="id">The count.</param>
    public void Publish(int id) => _published[id] = true;

    /// <summary>Raises what is known to be the least a count can be (from public sources, such as the award list).</summary>
    /// <param name="id">The count.</param>
    /// <param name="bound">The lower bound.</param>
    public void AtLeast(int id, long bound) => _lowerBounds[id] = Math.Max(_lowerBounds[id], Math.Min(bound, _values[id]));

    /// <summary>A count's true value.</summary>
    /// <param name="id">The count.</param>
    /// <returns>The value.</returns>
    public long Value(int id) => _values[id];

    /// <summary>Whether a table publishes the count.</summary>
    /// <param name="id">The count.</param>
    /// <returns>True when published.</returns>
    public bool IsPublished(int id) => _published[id];

    /// <summary>
    /// The least a count can be when hidden: its public lower bound, and 1 for a published count (zeros are always
    /// shown, so a hidden count is known not to be zero).
    /// </summary>
    /// <param name="id">The count.</param>
    /// <returns>The bound.</returns>
    public long HiddenLowerBound(int id) => _published[id] ? Math.Max(1, _lowerBounds[id]) : _lowerBounds[id];

    /// <summary>How far a count can fall when hidden: its value minus <see cref="HiddenLowerBound"/>.</summary>
    /// <param name="id">The count.</param>
    /// <returns>The room, at least 0.</returns>
    public long Room(int id) => Math.Max(0, _values[id] - HiddenLowerBound(id));
}
