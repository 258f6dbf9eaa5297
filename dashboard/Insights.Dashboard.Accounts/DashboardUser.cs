namespace Insights.Dashboard.Accounts;

/// <summary>One account as stored: never the password, only its hash (ASP.NET Core Identity's PBKDF2 format).</summary>
/// <param name="Name">The sign-in name.</param>
/// <param name="PasswordHash">The password hash.</param>
/// <param name="Role">organizer or committee.</param>
/// <param name="Committee">The committee code (NJ, SZ, ...) of a committee member; null for organizers.</param>
/// <param name="FailedAttempts">Failed sign-ins since the last success or lockout.</param>
/// <param name="LockedUntil">Until when sign-in is refused after too many failures (UTC), or null.</param>
/// <param name="CreatedAt">When the account was added (UTC).</param>
/// <param name="SecurityStamp">
/// A random value that changes whenever the account does (added again, role or password replaced, signed out): the
/// dashboard's cookie carries it, and a cookie whose stamp is no longer the account's is refused. Null in accounts
/// files written before stamps existed; <see cref="UserStore.StampOf"/> then derives one from the hash.
/// </param>
public sealed record DashboardUser(
    string Name,
    string PasswordHash,
    string Role,
    string? Committee,
    int FailedAttempts,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    string? SecurityStamp = null);
