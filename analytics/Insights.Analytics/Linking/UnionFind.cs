namespace Insights.Analytics.Linking;

/// <summary>
/// Disjoint sets over a growing range of integers, union by size with path halving: m operations on n elements take
/// O(m α(n)) time, effectively linear.
/// </summary>
public sealed class UnionFind
{
    private readonly List<int> _parent = [];
    private readonly List<int> _size = [];

    /// <summary>
    /// The connected components of <paramref name="count"/> elements linked by groups (every element of a group joins
    /// the first): one label per element, numbered 0, 1, … in order of each component's first element. Judges linked
    /// through the projects they share are the use: severities are comparable only within a component.
    /// </summary>
    /// <param name="count">Number of elements, 0 … count − 1.</param>
    /// <param name="groups">The groups (e.g. each project's judges).</param>
    /// <returns>The component label of each element.</returns>
    public static int[] Components(int count, IEnumerable<IReadOnlyList<int>> groups)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(groups);
        var sets = new UnionFind();
        for (var i = 0; i < count; i++)
        {
            sets.Add();
        }

        foreach (var group in groups)
        {
            for (var i = 1; i < group.Count; i++)
            {
                sets.Union(group[0], group[i]);
            }
        }

        var labels = new Dictionary<int, int>();
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            var root = sets.Find(i);
            result[i] = labels.TryGetValue(root, out var label) ? label : labels[root] = labels.Count;
        }

        return result;
    }

    /// <summary>Gets the number of elements.</summary>
    public int Count => _parent.Count;

    /// <summary>Adds a singleton set and returns its element.</summary>
    public int Add()
    {
        _parent.Add(_parent.Count);
        _size.Add(1);
        return _parent.Count - 1;
    }

    /// <summary>Returns the representative of the set holding <paramref name="element"/>.</summary>
    public int Find(int element)
    {
        while (_parent[element] != element)
        {
            var grandparent = _parent[_parent[element]];
            _parent[element] = grandparent;
            element = grandparent;
        }

        return element;
    }

    /// <summary>Merges the sets of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b)
        {
            return;
        }

        if (_size[a] < _size[b])
        {
            (a, b) = (b, a);
        }

        _parent[b] = a;
        _size[a] += _size[b];
    }
}
