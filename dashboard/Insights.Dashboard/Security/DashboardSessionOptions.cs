namespace Insights.Dashboard.Security;

/// <summary>How long a sign-in lasts; bound from the "Sessions" section.</summary>
public sealed class DashboardSessionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Sessions";

    /// <summary>A session unused for this long ends (the cookie is renewed by requests made in its second half).</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromHours(8);

    /// <summary>No session lasts longer than this from its sign-in, however often it is used.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);
}
