namespace Insights.Planning.Design;

/// <summary>
/// Moves on a <see cref="SheetDesign"/> that keep every project's raters and every judge's load: seat swaps between
/// two projects. <see cref="Improve"/> lowers the sum of squared concurrences (judge pairs linked as evenly as the
/// loads allow, the classical proxy for an A-optimal design of judge contrasts), <see cref="Connect"/> joins
/// components, and <see cref="Randomise"/> is the switch chain that samples a random design with the same loads.
/// </summary>
internal static class DesignSearch
{
    /// <summary>Local search: tries <paramref name="rounds"/> × sheets random swaps, keeping those that do not raise the sum of squares.</summary>
    /// <param name="design">The design, changed in place.</param>
    /// <param name="rounds">Passes over the sheets.</param>
    /// <param name="random">The random source.</param>
    /// <returns>Swaps kept.</returns>
    public static int Improve(SheetDesign design, int rounds, Random random)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(random);
        var sheets = design.Seats.Sum(s => s.Length);
        var kept = 0;
        for (var i = 0L; i < (long)rounds * sheets; i++)
        {
            var (p, sp, q, sq) = Pick(design, random);
            if (design.Swap(p, sp, q, sq) is not { } delta)
            {
                continue;
            }

            if (delta > 0)
            {
                // Undo: the judges are now the other way round, so the same seats swap them back.
                design.Swap(p, sp, q, sq);
            }
            else
            {
                kept++;
            }
        }

        return kept;
    }

    /// <summary>
    /// Joins the judges' components by swapping a seat of a project of one component with a seat of a project of
    /// another (after the swap both projects hold judges of both). Returns the components left: 1 unless the
    /// eligibility rules keep some judges apart.
    /// </summary>
    /// <param name="design">The design, changed in place.</param>
    public static int Connect(SheetDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        // A join can split another component elsewhere; the guard stops a search that would only go round.
        for (var guard = 0; guard < (2 * design.Judges) + 10; guard++)
        {
            var components = design.Components();
            var byProject = design.Seats.Select(s => components[s[0]]).ToArray();
            var present = byProject.Distinct().ToList();
            if (present.Count <= 1 || !JoinOnce(design, byProject, present[0]))
            {
                return design.ComponentCount();
            }
        }

        return design.ComponentCount();
    }

    /// <summary>The switch chain: <paramref name="rounds"/> × sheets random swaps, each kept when allowed, from any design with the loads wanted.</summary>
    /// <param name="design">The design, changed in place into a random one with the same loads and raters.</param>
    /// <param name="rounds">Passes over the sheets.</param>
    /// <param name="random">The random source.</param>
    public static void Randomise(SheetDesign design, int rounds, Random random)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(random);
        var sheets = design.Seats.Sum(s => s.Length);
        for (var i = 0L; i < (long)rounds * sheets; i++)
        {
            var (p, sp, q, sq) = Pick(design, random);
            design.Swap(p, sp, q, sq);
        }
    }

    private static (int P, int Sp, int Q, int Sq) Pick(SheetDesign design, Random random)
    {
        var p = random.Next(design.Seats.Length);
        var q = random.Next(design.Seats.Length);
        return (p, random.Next(design.Seats[p].Length), q, random.Next(design.Seats[q].Length));
    }

    // One swap between a project of component `first` and a project of another component; false when none is allowed.
    private static bool JoinOnce(SheetDesign design, int[] byProject, int first)
    {
        for (var p = 0; p < byProject.Length; p++)
        {
            if (byProject[p] != first)
            {
                continue;
            }

            for (var q = 0; q < byProject.Length; q++)
            {
                if (byProject[q] == first)
                {
                    continue;
                }

                for (var sp = 0; sp < design.Seats[p].Length; sp++)
                {
                    for (var sq = 0; sq < design.Seats[q].Length; sq++)
                    {
                        if (design.Swap(p, sp, q, sq) is not null)
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }
}
