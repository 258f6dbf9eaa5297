namespace Insights.Model.Registration;

/// <summary>Codes and names of <see cref="UnitType"/> as registration exports spell them.</summary>
public static class UnitTypeNames
{
    /// <summary>Every unit type.</summary>
    public static IReadOnlyList<UnitType> All { get; } = [UnitType.Enterprise, UnitType.PublicInstitution, UnitType.ResearchInstitute, UnitType.University];

    /// <summary>The snake_case code, e.g. <c>research_institute</c>.</summary>
    /// <param name="type">The unit type.</param>
    public static string Code(this UnitType type) => type switch
    {
        UnitType.Enterprise => "enterprise",
        UnitType.PublicInstitution => "public_institution",
        UnitType.ResearchInstitute => "research_institute",
        UnitType.University => "university",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The Chinese name used on registration forms, e.g. 科研院所.</summary>
    /// <param name="type">The unit type.</param>
    public static string NameZh(this UnitType type) => type switch
    {
        UnitType.Enterprise => "企业",
        UnitType.PublicInstitution => "事业单位",
        UnitType.ResearchInstitute => "科研院所",
        UnitType.University => "高校",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The English name.</summary>
    /// <param name="type">The unit type.</param>
    public static string NameEn(this UnitType type) => type switch
    {
        UnitType.Enterprise => "Enterprise",
        UnitType.PublicInstitution => "Public institution",
        UnitType.ResearchInstitute => "Research institute",
        UnitType.University => "University",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
