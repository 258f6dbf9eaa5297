using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Insights.Dashboard.Accounts;

/// <summary>
/// The accounts file (JSON, mode 0600, written aside and renamed): add, remove, list, verify with lockout, and the
/// security stamps that end sessions. Passwords are hashed by ASP.NET Core Identity's
/// <see cref="PasswordHasher{TUser}"/> (PBKDF2 with a salt per password). Kept outside the warehouse and the lake
/// (default <c>~/.config/insights/users.json</c>), so that no data export carries it. Safe across processes (the
/// dashboard and <c>insights users</c>) and instances: every read-modify-write holds an exclusive lock on
/// <c>FILE.lock</c>, and each write goes through a temporary file of its own. Password checks hold no lock: they run
/// concurrently, and only the count of failures is written under the lock.
/// </summary>
public sealed class UserStore
{
    /// <summary>Failed sign-ins that lock an account.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    private static readonly DashboardUser s_nobody = new("", "", "", null, 0, null, default);

    /// <summary>A hash of a random password: unknown names are checked against it, so that they cost what a known name costs.</summary>
    private static readonly string s_dummyHash = new PasswordHasher<DashboardUser>().HashPassword(s_nobody, Guid.NewGuid().ToString());

    private readonly PasswordHasher<DashboardUser> _hasher = new();
    private readonly TimeProvider _time;
    private readonly AccountsFile _file;
    private readonly Lock _gate = new();

    /// <summary>A store over a file (created on the first write).</summary>
    /// <param name="path">The accounts file.</param>
    /// <param name="time">The clock (tests pass a fake one).</param>
    public UserStore(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _file = new AccountsFile(path);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The default file: <c>$INSIGHTS_USERS</c>, else <c>~/.config/insights/users.json</c>.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("INSIGHTS_USERS") is { Length: > 0 } path
            ? path
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "insights", "users.json");

    /// <summary>The accounts file.</summary>
    public string Path => _file.Path;

    /// <summary>
    /// The security stamp of an account: the stored one, or for an account written before stamps existed one derived
    /// from its password hash (so that such a file keeps working, and a new password still gives a new stamp).
    /// </summary>
    /// <param name="user">The account.</param>
    /// <returns>The stamp.</returns>
    public static string StampOf(DashboardUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.SecurityStamp is { Length: > 0 } stamp
            ? stamp
            : "h" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user.PasswordHash)), 0, 16);
    }

    /// <summary>Every account, by name.</summary>
    /// <returns>The accounts.</returns>
    public IReadOnlyList<DashboardUser> List() => [.. _file.Read().OrderBy(u => u.Name, StringComparer.Ordinal)];

    /// <summary>
    /// An account as the file holds it now. Cheap enough for every request: the file is read again only when it has
    /// changed (its modification time or length), so changes made by <c>insights users</c> are seen without a restart.
    /// </summary>
    /// <param name="name">The sign-in name.</param>
    /// <returns>The account, or null.</returns>
    public DashboardUser? Find(string name) => _file.Current().FirstOrDefault(u => u.Name == name);

    /// <summary>Adds an account (or replaces the password, role and committee of an existing one, with a new security stamp).</summary>
    /// <param name="name">Sign-in name: letters, digits, '.', '-', '_', '@'; 3 to 64 characters.</param>
    /// <param name="password">The password, at least <see cref="MinPasswordLength"/> characters.</param>
    /// <param name="role">organizer or committee.</param>
    /// <param name="committee">The committee code for a committee member; must be null for an organizer.</param>
    /// <returns>The stored account.</returns>
    /// <exception cref="ArgumentException">A bad name, a short password, an unknown role, or a committee that does not fit the role.</exception>
    public DashboardUser Add(string name, string password, string role, string? committee)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        if (name.Length is < 3 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
        {
            throw new ArgumentException($"用户名须为3至64个字母、数字或 . - _ @ / the name must be 3 to 64 letters, digits or . - _ @: '{name}'", nameof(name));
        }

        if (password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"密码至少{MinPasswordLength}个字符 / the password must have at least {MinPasswordLength} characters", nameof(password));
        }

        if (!DashboardRoles.All.Contains(role))
        {
            throw new ArgumentException($"未知角色 {role} / unknown role {role} (organizer or committee)", nameof(role));
        }

        if ((role == DashboardRoles.Committee) != committee is { Length: > 0 })
        {
            throw new ArgumentException("执委会成员须指定执委会，组委会成员不得指定 / a committee member needs --city, an organizer must not have one", nameof(committee));
        }

        // Hashed before the lock: PBKDF2 is the slow part, and other writers need not wait for it.
        var user = new DashboardUser(name, "", role, committee, 0, null, _time.GetUtcNow(), NewStamp());
        user = user with { PasswordHash = _hasher.HashPassword(user, password) };
        Change(users =>
        {
            users.RemoveAll(u => u.Name == name);
            users.Add(user);
            return true;
        });
        return user;
    }

    /// <summary>Removes an account (its sessions end with it).</summary>
    /// <param name="name">The sign-in name.</param>
    /// <returns>Whether it existed.</returns>
    public bool Remove(string name) => Change(users => users.RemoveAll(u => u.Name == name) > 0);

    /// <summary>
    /// Gives an account a new security stamp, which ends every session of it (on every device): what signing out does,
    /// so that a copy of the cookie kept from before is refused.
    /// </summary>
    /// <param name="name">The sign-in name.</param>
    /// <returns>Whether the account exists.</returns>
    public bool Revoke(string name) => Change(users =>
    {
        var index = users.FindIndex(u => u.Name == name);
        if (index < 0)
        {
            return false;
        }

        users[index] = users[index] with { SecurityStamp = NewStamp() };
        return true;
    });

    /// <summary>
    /// Checks a sign-in: a locked account is refused whatever the password; a wrong password counts a failure and
    /// the <see cref="MaxFailedAttempts"/>-th locks the account for <see cref="LockoutDuration"/>; a success resets
    /// the count (and rehashes a password stored in an older format). Every attempt costs one hash verification,
    /// whether the name is unknown, the account locked or the password wrong, and none holds a lock while hashing.
    /// </summary>
    /// <param name="name">The sign-in name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The outcome and, on success, the account.</returns>
    public (SignInOutcome Outcome, DashboardUser? User) Verify(string name, string password)
    {
        password ??= "";
        var user = name is null ? null : _file.Current().FirstOrDefault(u => u.Name == name);
        if (user is null)
        {
            _hasher.VerifyHashedPassword(s_nobody, s_dummyHash, password);
            return (SignInOutcome.Failed, null);
        }

        // Verified even when locked: the answer must not come sooner for a locked account.
        var result = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        var now = _time.GetUtcNow();
        if (user.LockedUntil is { } until && until > now)
        {
            return (SignInOutcome.LockedOut, null);
        }

        if (result == PasswordVerificationResult.Success && user is { FailedAttempts: 0, LockedUntil: null, SecurityStamp.Length: > 0 })
        {
            // Nothing to write: the common sign-in touches the file only to read it.
            return (SignInOutcome.Success, user);
        }

        var rehash = result == PasswordVerificationResult.SuccessRehashNeeded ? _hasher.HashPassword(user, password) : null;
        (SignInOutcome, DashboardUser?) outcome = (SignInOutcome.Failed, null);
        Change(users =>
        {
            var index = users.FindIndex(u => u.Name == name);
            // Replaced or removed while the password was checked: the password checked is no longer the account's.
            if (index < 0 || users[index].PasswordHash != user.PasswordHash)
            {
                return false;
            }

            var current = users[index];
            if (current.LockedUntil is { } lockedUntil && lockedUntil > now)
            {
                outcome = (SignInOutcome.LockedOut, null);
                return false;
            }

            // An account from before stamps gets its derived stamp written, unchanged, so that a rehash keeps it.
            var updated = current with { SecurityStamp = StampOf(current) };
            if (result == PasswordVerificationResult.Failed)
            {
                var failures = current.FailedAttempts + 1;
                updated = failures >= MaxFailedAttempts
                    ? updated with { FailedAttempts = 0, LockedUntil = now + LockoutDuration }
                    : updated with { FailedAttempts = failures, LockedUntil = null };
                outcome = (updated.LockedUntil is null ? SignInOutcome.Failed : SignInOutcome.LockedOut, null);
            }
            else
            {
                updated = updated with { FailedAttempts = 0, LockedUntil = null, PasswordHash = rehash ?? current.PasswordHash };
                outcome = (SignInOutcome.Success, updated);
            }

            users[index] = updated;
            return true;
        });
        return outcome;
    }

    private static string NewStamp() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <summary>A read-modify-write under both locks (this store's, then the file's); written only when <paramref name="change"/> says so.</summary>
    private bool Change(Func<List<DashboardUser>, bool> change)
    {
        lock (_gate)
        {
            using var exclusive = _file.ExclusiveLock();
            var users = _file.Read();
            var changed = change(users);
            if (changed)
            {
                _file.Write(users);
            }

            return changed;
        }
    }
}
