using Insights.Model.Reference;
using Insights.Model.Registration;

namespace Insights.Generator.Season;

/// <summary>A generated entrant unit.</summary>
internal sealed class UnitRecord(int index, string uscc, string name, UnitType type, City city, string? parentName, DateOnly accountCreated)
{
    public int Index { get; } = index;
    public string Uscc { get; set; } = uscc;
    public string Name { get; set; } = name;
    public UnitType Type { get; } = type;
    public City City { get; } = city;
    public string? ParentName { get; set; } = parentName;
    public DateOnly AccountCreated { get; } = accountCreated;
}
