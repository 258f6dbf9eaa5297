using Insights.Analytics.Linking;

namespace Insights.Planning.Design;

/// <summary>
/// The written review of one track as a mutable incidence: which judges (by index) score each project, with every
/// judge pair's concurrence (projects they share) kept current, so a swap of two seats costs O(judges per project).
/// </summary>
internal sealed class SheetDesign
{
    private readonly int[] _concurrence;
    private readonly Func<int, int, bool> _eligible;

    /// <summary>Creates the design.</summary>
    /// <param name="judges">Number of judges.</param>
    /// <param name="seats">Each project's judges (indices), copied.</param>
    /// <param name="eligible">Whether a judge (second argument) may score a project (first argument).</param>
    public SheetDesign(int judges, IReadOnlyList<int[]> seats, Func<int, int, bool> eligible)
    {
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentNullException.ThrowIfNull(eligible);
        Judges = judges;
        Seats = [.. seats.Select(s => (int[])s.Clone())];
        _eligible = eligible;
        _concurrence = new int[judges * judges];
        Loads = new int[judges];
        foreach (var seat in Seats)
        {
            for (var x = 0; x < seat.Length; x++)
            {
                Loads[seat[x]]++;
                for (var y = x + 1; y < seat.Length; y++)
                {
                    SquareSum += Bump(seat[x], seat[y], +1);
                }
            }
        }
    }

    /// <summary>Number of judges.</summary>
    public int Judges { get; }

    /// <summary>Each project's judges.</summary>
    public int[][] Seats { get; }

    /// <summary>Each judge's number of projects (unchanged by swaps).</summary>
    public int[] Loads { get; }

    /// <summary>Σ over judge pairs of their concurrence squared: with loads and raters fixed, the smaller it is, the more evenly judges are linked.</summary>
    public long SquareSum { get; private set; }

    /// <summary>Projects shared by two judges.</summary>
    /// <param name="a">A judge.</param>
    /// <param name="b">Another judge.</param>
    public int Concurrence(int a, int b) => _concurrence[(a * Judges) + b];

    /// <summary>Whether judge <paramref name="j"/> may score project <paramref name="p"/>.</summary>
    /// <param name="p">Project.</param>
    /// <param name="j">Judge.</param>
    public bool Eligible(int p, int j) => _eligible(p, j);

    /// <summary>
    /// Exchanges seat <paramref name="sp"/> of project <paramref name="p"/> with seat <paramref name="sq"/> of project
    /// <paramref name="q"/> when both judges may take the other's project and neither already scores it.
    /// </summary>
    /// <returns>The change of <see cref="SquareSum"/>, or null when the swap is not allowed (nothing changed).</returns>
    public long? Swap(int p, int sp, int q, int sq)
    {
        if (p == q)
        {
            return null;
        }

        var a = Seats[p][sp];
        var b = Seats[q][sq];
        if (a == b || Array.IndexOf(Seats[p], b) >= 0 || Array.IndexOf(Seats[q], a) >= 0 || !_eligible(p, b) || !_eligible(q, a))
        {
            return null;
        }

        long delta = 0;
        foreach (var c in Seats[p])
        {
            if (c != a)
            {
                delta += Bump(a, c, -1) + Bump(b, c, +1);
            }
        }

        foreach (var d in Seats[q])
        {
            if (d != b)
            {
                delta += Bump(b, d, -1) + Bump(a, d, +1);
            }
        }

        Seats[p][sp] = b;
        Seats[q][sq] = a;
        SquareSum += delta;
        return delta;
    }

    /// <summary>The judges' connected components through shared projects: component index per judge, judges without projects alone.</summary>
    public int[] Components() => UnionFind.Components(Judges, Seats);

    /// <summary>Number of components among judges who score at least one project.</summary>
    public int ComponentCount()
    {
        var components = Components();
        return Enumerable.Range(0, Judges).Where(j => Loads[j] > 0).Select(j => components[j]).Distinct().Count();
    }

    // Changes one pair's concurrence and returns the change of the sum of squares: (λ±1)² − λ² = ±2λ + 1.
    private long Bump(int a, int b, int by)
    {
        var old = _concurrence[(a * Judges) + b];
        _concurrence[(a * Judges) + b] = old + by;
        _concurrence[(b * Judges) + a] = old + by;
        return (2L * old * by) + 1;
    }
}
