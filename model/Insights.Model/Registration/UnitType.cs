namespace Insights.Model.Registration;

/// <summary>The kinds of entrant unit the notice admits (五: 企业、事业单位、科研院所、高校).</summary>
public enum UnitType
{
    /// <summary>企业.</summary>
    Enterprise,

    /// <summary>事业单位.</summary>
    PublicInstitution,

    /// <summary>科研院所.</summary>
    ResearchInstitute,

    /// <summary>高校.</summary>
    University,
}
