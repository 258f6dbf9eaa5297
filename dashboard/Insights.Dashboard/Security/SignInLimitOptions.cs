namespace Insights.Dashboard.Security;

/// <summary>How many sign-in attempts are answered per window; bound from the "SignInLimits" section.</summary>
public sealed class SignInLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "SignInLimits";

    /// <summary>Attempts per client address (an IPv6 client's /64) per window, whatever the names tried.</summary>
    public int PerAddress { get; set; } = 30;

    /// <summary>Attempts per account name per window, whatever the addresses they come from.</summary>
    public int PerAccount { get; set; } = 10;

    /// <summary>The window (fixed; the counts start again at each window's start).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
