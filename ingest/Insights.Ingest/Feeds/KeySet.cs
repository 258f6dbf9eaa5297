namespace Insights.Ingest.Feeds;

/// <summary>
/// The set of row keys seen in a file, kept as 128-bit hashes in one open-addressing table (16 bytes a slot, at most
/// 3/4 full): about 21 bytes per key instead of the 40 or so of a <see cref="HashSet{T}"/>, which keeps a
/// 10-million-row file's duplicate check near 200 MB. Two different keys share a 128-bit hash with a probability
/// of about n²/2¹²⁹ (10⁻²⁵ for ten million keys), so a hit is taken as a repeated key.
/// </summary>
internal sealed class KeySet
{
    private UInt128[] _slots = new UInt128[1024];
    private int _count;

    /// <summary>Keys in the set.</summary>
    public int Count => _count;

    /// <summary>Adds a key's hash; false when it was already there.</summary>
    /// <param name="hash">The key's 128-bit hash.</param>
    public bool Add(UInt128 hash)
    {
        // Zero marks an empty slot; the one hash that is zero is stored as one.
        if (hash == UInt128.Zero)
        {
            hash = UInt128.One;
        }

        if ((_count + 1) * 4L > _slots.Length * 3L)
        {
            Grow();
        }

        if (!Insert(_slots, hash))
        {
            return false;
        }

        _count++;
        return true;
    }

    /// <summary>
    /// Makes room for about <paramref name="expected"/> keys at once, so a large file's set is not rebuilt a dozen
    /// times on the way (each rebuild rereads the whole table).
    /// </summary>
    /// <param name="expected">Keys expected in all.</param>
    public void Reserve(long expected)
    {
        var needed = Math.Min(1L << 30, (expected * 4 / 3) + 1);
        if (needed <= _slots.Length)
        {
            return;
        }

        var capacity = (int)Math.Min(1L << 30, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)needed));
        Rehash(capacity);
    }

    private static bool Insert(UInt128[] slots, UInt128 hash)
    {
        var mask = slots.Length - 1;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var slot = slots[i];
            if (slot == UInt128.Zero)
            {
                slots[i] = hash;
                return true;
            }

            if (slot == hash)
            {
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    private void Grow() => Rehash(_slots.Length * 2);

    private void Rehash(int capacity)
    {
        var larger = new UInt128[capacity];
        foreach (var hash in _slots)
        {
            if (hash != UInt128.Zero)
            {
                Insert(larger, hash);
            }
        }

        _slots = larger;
    }
}
