namespace Insights.Dashboard.Suppression;

/// <summary>
/// Chooses complementary suppressions for a hidden count the audit found exposed. First a rectangle in a two-way
/// table (the count, a cell in its row, one in its column and the cell where those cross; the row of column totals
/// counts as a row): moving the four by ±t keeps every row and column total, so an attacker cannot tell them apart
/// within the rectangle's room. The cheapest rectangle (least value newly hidden) that leaves room of at least k is
/// taken, else the roomiest. Counts outside the tables, or with no rectangle, get a partner from a line they are in
/// (a sibling, or a part of the total they are): the smallest one that leaves room of k, else the roomiest.
/// </summary>
internal sealed class ComplementSearch
{
    private readonly CountModel _model;
    private readonly int _k;
    private readonly Dictionary<int, List<(CountGrid Grid, int Row, int Column)>> _positions = [];
    private readonly Dictionary<int, List<CountLine>> _lines = [];
    private readonly Dictionary<int, int> _proxies = [];

    /// <summary>Indexes the model's tables and lines.</summary>
    /// <param name="model">The counts.</param>
    /// <param name="k">The threshold: room of at least k is wanted.</param>
    public ComplementSearch(CountModel model, int k)
    {
        _model = model;
        _k = k;
        foreach (var grid in model.Grids)
        {
            for (var r = 0; r <= grid.Rows; r++)
            {
                for (var c = 0; c < grid.Columns; c++)
                {
                    Positions(Id(grid, r, c)).Add((grid, r, c));
                }
            }
        }

        foreach (var line in model.Lines)
        {
            foreach (var id in line.Parts.Append(line.Total))
            {
                if (!_lines.TryGetValue(id, out var lines))
                {
                    _lines[id] = lines = [];
                }

                lines.Add(line);
            }

            // An internal sum tied to one published count (the count = the sum + an offset) is hidden through it.
            if (line.Parts.Count == 1 && model.IsPublished(line.Total) && !model.IsPublished(line.Parts[0]))
            {
                _proxies[line.Parts[0]] = line.Total;
            }
        }
    }

    /// <summary>Complementary suppressions for an exposed count: shown counts to hide, or null when none is left near it.</summary>
    /// <param name="id">The exposed count.</param>
    /// <param name="hidden">What is hidden now.</param>
    /// <returns>The counts to hide, or null.</returns>
    public IReadOnlyList<int>? Find(int id, IReadOnlyList<bool> hidden) =>
        Rectangle(id, hidden) ?? Partner(id, hidden, _lines.GetValueOrDefault(id) ?? []) ?? Partner(id, hidden, Around(id, hidden));

    /// <summary>
    /// The lines of every count connected to <paramref name="id"/> through hidden or internal counts: when all of its
    /// own neighbours are hidden and still too small to leave room, a larger shown count further out must join in.
    /// </summary>
    private List<CountLine> Around(int id, IReadOnlyList<bool> hidden)
    {
        var seen = new HashSet<int> { id };
        var queue = new Queue<int>([id]);
        var lines = new HashSet<CountLine>();
        while (queue.TryDequeue(out var n))
        {
            foreach (var line in _lines.GetValueOrDefault(n) ?? [])
            {
                lines.Add(line);
                foreach (var next in line.Parts.Append(line.Total))
                {
                    if ((hidden[next] || !_model.IsPublished(next)) && seen.Add(next))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
        }

        return [.. lines];
    }

    private int[]? Rectangle(int q, IReadOnlyList<bool> hidden)
    {
        (int[] Hide, int[] Cells, long Width, long Cost)? best = null;
        foreach (var (grid, row, column) in _positions.GetValueOrDefault(q) ?? [])
        {
            for (var r = 0; r <= grid.Rows; r++)
            {
                for (var c = 0; c < grid.Columns; c++)
                {
                    if (r == row || c == column)
                    {
                        continue;
                    }

                    // q and the crossing cell move with +t, the two in q's row and column with −t; a column total moves
                    // against its column's cells (it is on the other side of its column's equation).
                    int[] cells = [q, Id(grid, row, c), Id(grid, r, column), Id(grid, r, c)];
                    int[] moves = [1, -1, -1, 1];
                    int[] rows = [row, row, r, r];
                    var sign = new int[4];
                    for (var i = 0; i < 4; i++)
                    {
                        sign[i] = moves[i] * (rows[i] == grid.Rows ? -1 : 1);
                    }

                    var candidate = Evaluate(cells, sign.Select(s => s * sign[0]).ToArray(), hidden);
                    if (candidate is { } found && Better(found, best))
                    {
                        best = found;
                    }
                }
            }
        }

        return best?.Hide;
    }

    /// <summary>The room and cost of a rectangle, or null when it cannot move (a shown zero) or hides nothing new.</summary>
    private (int[] Hide, int[] Cells, long Width, long Cost)? Evaluate(int[] cells, int[] sign, IReadOnlyList<bool> hidden)
    {
        long up = long.MaxValue, down = long.MaxValue, cost = 0;
        var hide = new List<int>();
        for (var i = 0; i < cells.Length; i++)
        {
            var shown = Shown(cells[i], hidden, out var target);
            if (shown && _model.Value(cells[i]) == 0)
            {
                return null;
            }

            if (shown && i > 0 && !hide.Contains(target))
            {
                hide.Add(target);
                cost += _model.Value(target);
            }

            // Raising q lowers the cells that move against it, and lowering q lowers those that move with it.
            var room = _model.Room(cells[i]);
            if (sign[i] < 0)
            {
                up = Math.Min(up, room);
            }
            else
            {
                down = Math.Min(down, room);
            }
        }

        return hide.Count == 0 ? null : ([.. hide], cells, up + down, cost);
    }

    private bool Better((int[] Hide, int[] Cells, long Width, long Cost) a, (int[] Hide, int[] Cells, long Width, long Cost)? b)
    {
        if (b is not { } other)
        {
            return true;
        }

        var (enoughA, enoughB) = (a.Width >= _k, other.Width >= _k);
        if (enoughA != enoughB)
        {
            return enoughA;
        }

        // Both enough: the cheaper; neither: the roomier, then the cheaper.
        return enoughA
            ? (a.Cost, a.Hide.Length).CompareTo((other.Cost, other.Hide.Length)) < 0
            : a.Width > other.Width || (a.Width == other.Width && a.Cost < other.Cost);
    }

    private int[]? Partner(int q, IReadOnlyList<bool> hidden, IReadOnlyList<CountLine> lines)
    {
        var candidates = lines.SelectMany(l => l.Parts.Append(l.Total))
            .Where(n => n != q && Shown(n, hidden, out var target) && target == n && _model.Value(n) > 0)
            .Distinct().ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var need = _k - _model.Room(q);
        var enough = candidates.Where(n => _model.Room(n) >= need).OrderBy(_model.Value).ThenBy(n => n).ToList();
        var partner = enough.Count > 0 ? enough[0] : candidates.OrderByDescending(_model.Room).ThenBy(n => n).First();
        return [partner];
    }

    /// <summary>Whether a count is shown; an internal sum is shown when the published count it is tied to is.</summary>
    private bool Shown(int id, IReadOnlyList<bool> hidden, out int target)
    {
        target = _model.IsPublished(id) ? id : _proxies.GetValueOrDefault(id, -1);
        return target >= 0 && !hidden[target];
    }

    private List<(CountGrid Grid, int Row, int Column)> Positions(int id)
    {
        if (!_positions.TryGetValue(id, out var positions))
        {
            _positions[id] = positions = [];
        }

        return positions;
    }

    /// <summary>A cell of a grid; the row after the last is the column totals.</summary>
    private static int Id(CountGrid grid, int row, int column) => row == grid.Rows ? grid.ColumnTotals[column] : grid.Cells[row, column];
}
