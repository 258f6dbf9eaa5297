namespace Insights.Dashboard.Accounts;

/// <summary>What a sign-in attempt came to.</summary>
public enum SignInOutcome
{
    /// <summary>Name and password match.</summary>
    Success,

    /// <summary>Unknown name or wrong password (the two are not told apart).</summary>
    Failed,

    /// <summary>Too many failures: refused until the lockout ends, whatever the password.</summary>
    LockedOut,
}
