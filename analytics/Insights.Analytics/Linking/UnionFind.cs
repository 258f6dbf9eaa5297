namespace Insights.Analytics.Linking;

/// <summary>
/// Disjoint sets over a growing range of integers, union by size with path halving: m operations on n elements take
/// O(m α(n)) time, effectively linear.
/// </summary>
internal sealed class UnionFind
{
    private readonly List<int> _parent = [];
    private readonly List<int> _size = [];

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
