using Insights.Generator.Randomness;
using Insights.Model.Registration;

namespace Insights.Generator.Season;

/// <summary>The entrant units of a season (the output of <see cref="UnitRegistry"/>) and the draws of lead and partner units from them.</summary>
/// <param name="Units">Every unit, by index.</param>
/// <param name="LeadCumulative">Cumulative Zipf-like weights of the units as lead units (some units lead many teams).</param>
/// <param name="PlantedLeads">Project index → planted ineligible unit that leads it.</param>
/// <param name="PlantedUnits">
/// The planted ineligible units: each leads exactly the one team planted.csv names and is nobody's partner; none in a
/// clean season.
/// </param>
/// <param name="BlacklistedUnit">The planted blacklisted entrant, −1 if none (a clean season).</param>
/// <param name="Planted">The problems planted among the units; their projects are still <c>@index</c> references (see <see cref="Registration"/>).</param>
internal sealed record EntrantUnits(
    IReadOnlyList<UnitRecord> Units,
    double[] LeadCumulative,
    IReadOnlyDictionary<int, int> PlantedLeads,
    IReadOnlySet<int> PlantedUnits,
    int BlacklistedUnit,
    IReadOnlyList<PlantedProblem> Planted)
{
    /// <summary>Draws a lead unit by the Zipf-like weights, never a planted unit (they lead only their planted team).</summary>
    /// <param name="random">The project's stream.</param>
    /// <returns>The unit's index.</returns>
    public int PickLead(DeterministicRandom random)
    {
        int unit;
        do
        {
            var target = random.NextDouble() * LeadCumulative[^1];
            var index = Array.BinarySearch(LeadCumulative, target);
            unit = index >= 0 ? index : ~index;
        }
        while (PlantedUnits.Contains(unit));

        return unit;
    }

    /// <summary>Draws the one or two partner units of a joint entry.</summary>
    /// <param name="random">The project's stream.</param>
    /// <param name="lead">The lead unit, never its own partner.</param>
    /// <returns>The partners' indexes.</returns>
    public int[] PickPartners(DeterministicRandom random, int lead)
    {
        // Joint entries pair a firm with a university or research institute (产学研用) more often than not.
        var count = random.Chance(0.75) ? 1 : 2;
        var partners = new List<int>(count);
        while (partners.Count < count)
        {
            var candidate = random.Next(Units.Count);
            var academic = Units[candidate].Type is UnitType.University or UnitType.ResearchInstitute;
            if (candidate != lead && !partners.Contains(candidate) && !PlantedUnits.Contains(candidate) && (academic || random.Chance(0.3)))
            {
                partners.Add(candidate);
            }
        }

        return [.. partners];
    }
}
