using Insights.Model.Reference;
using Insights.Model.Registration;

namespace Insights.Generator.Season;

/// <summary>A generated entrant unit; final once <see cref="UnitRegistry"/> (with the planted ineligible units) returns.</summary>
internal sealed class UnitRecord(int index, string uscc, string name, UnitType type, City city, string? parentName, DateOnly accountCreated)
{
    /// <summary>Index among the entrant units.</summary>
    public int Index { get; } = index;

    /// <summary>Unified social credit code (changed only by the planted mistyped code).</summary>
    public string Uscc { get; set; } = uscc;

    /// <summary>Name (changed only by the planted branch of an organizing unit).</summary>
    public string Name { get; set; } = name;

    /// <summary>Kind of unit.</summary>
    public UnitType Type { get; } = type;

    /// <summary>City of registration.</summary>
    public City City { get; } = city;

    /// <summary>Parent organization, if any.</summary>
    public string? ParentName { get; set; } = parentName;

    /// <summary>Day the unit's account was created on the website.</summary>
    public DateOnly AccountCreated { get; } = accountCreated;
}
