namespace Insights.Generator.Randomness;

/// <summary>
/// A seeded xoshiro256** generator. Output depends only on the seed and the stream path, never on the runtime's
/// <see cref="Random"/> implementation, so a seed gives the same files on every machine and .NET version.
/// Independent streams (<see cref="Fork(string, long)"/>) let each entity draw its own numbers whatever the order
/// in which entities are generated.
/// </summary>
public sealed class DeterministicRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private double? _spareNormal;

    /// <summary>Creates a generator from a 64-bit seed (expanded by SplitMix64).</summary>
    /// <param name="seed">The seed.</param>
    public DeterministicRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>An independent stream named by a label and an index, e.g. <c>("project", 42)</c>.</summary>
    /// <param name="label">What the stream is for.</param>
    /// <param name="index">Which entity.</param>
    /// <returns>A new generator; this one is not advanced.</returns>
    public DeterministicRandom Fork(string label, long index = 0)
    {
        // FNV-1a of the label, mixed with this stream's state and the index.
        var h = 14695981039346656037UL;
        foreach (var c in label)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        var x = _s0 ^ Rotl(_s1, 17) ^ Rotl(_s2, 31) ^ Rotl(_s3, 47) ^ h ^ ((ulong)index * 0x9E3779B97F4A7C15UL);
        return new DeterministicRandom(SplitMix(ref x));
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = Rotl(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = Rotl(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1), 53 bits of precision.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    /// <param name="maxExclusive">Upper bound, positive.</param>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;
        var threshold = (0UL - bound) % bound;
        while (true)
        {
            var r = NextUInt64();
            if (r >= threshold)
            {
                return (int)(r % bound);
            }
        }
    }

    /// <summary>Uniform integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    /// <param name="min">Lower bound.</param>
    /// <param name="maxInclusive">Upper bound, at least <paramref name="min"/>.</param>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    /// <param name="p">Probability in [0, 1].</param>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Standard normal by the Marsaglia polar method.</summary>
    public double Normal()
    {
        if (_spareNormal is { } spare)
        {
            _spareNormal = null;
            return spare;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * factor;
        return u * factor;
    }

    /// <summary>Normal with the given mean and standard deviation.</summary>
    /// <param name="mean">Mean.</param>
    /// <param name="sd">Standard deviation.</param>
    public double Normal(double mean, double sd) => mean + (sd * Normal());

    /// <summary>Poisson by Knuth's method (for the small means used here).</summary>
    /// <param name="mean">Mean, below about 30.</param>
    public int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = NextDouble();
        while (p > limit)
        {
            k++;
            p *= NextDouble();
        }

        return k;
    }

    /// <summary>One item, uniformly.</summary>
    /// <typeparam name="T">Item type.</typeparam>
    /// <param name="items">Non-empty list.</param>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index drawn with probability proportional to its weight.</summary>
    /// <param name="weights">Non-negative weights, not all zero.</param>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var target = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>Shuffles a span in place (Fisher-Yates).</summary>
    /// <typeparam name="T">Item type.</typeparam>
    /// <param name="items">The items.</param>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong Rotl(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
