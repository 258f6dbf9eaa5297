namespace Insights.Planning;

/// <summary>What makes a judge conflicted on a project (回避).</summary>
public enum ConflictRule
{
    /// <summary>The judge works for one of the project's units.</summary>
    Unit,

    /// <summary>The judge's city is the project's lead unit's city.</summary>
    City,

    /// <summary>Either.</summary>
    Both,
}
