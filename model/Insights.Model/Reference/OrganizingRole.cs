namespace Insights.Model.Reference;

/// <summary>The role in which a unit organizes the division (notice, section 三).</summary>
public enum OrganizingRole
{
    /// <summary>指导单位.</summary>
    Guiding,

    /// <summary>主办单位.</summary>
    Host,

    /// <summary>承办单位.</summary>
    Undertaking,

    /// <summary>协办单位.</summary>
    CoOrganizing,

    /// <summary>技术支持单位.</summary>
    TechnicalSupport,
}
