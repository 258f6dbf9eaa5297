namespace Insights.Model.Reference;

/// <summary>
/// A unit named in the notice's organizing structure. Entrants from these units and from their branches,
/// subsidiaries, holding or parent companies may not compete (notice 五（一）5): this is the conflict-of-interest list.
/// </summary>
/// <param name="Code">Stable code, <c>OU001</c>...</param>
/// <param name="Role">The role in which the notice names the unit.</param>
/// <param name="NameZh">Name exactly as written in the notice.</param>
/// <param name="NameEn">English name.</param>
/// <param name="AliasesZh">Other names of the same unit (full official names, common short names).</param>
/// <param name="CityZh">City where the unit sits.</param>
/// <param name="Kind">What sort of body it is: <c>government</c>, <c>public_institution</c>, <c>enterprise</c>, <c>association</c>, <c>research_institute</c>.</param>
public sealed record OrganizingUnit(
    string Code,
    OrganizingRole Role,
    string NameZh,
    string NameEn,
    IReadOnlyList<string> AliasesZh,
    string CityZh,
    string Kind)
{
    /// <summary>The notice's name and every alias.</summary>
    public IEnumerable<string> AllNamesZh => AliasesZh.Prepend(NameZh);
}
