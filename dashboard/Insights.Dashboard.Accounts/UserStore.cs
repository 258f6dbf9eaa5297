using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace Insights.Dashboard.Accounts;

/// <summary>
/// The accounts file (JSON, mode 0600, written aside and renamed): add, remove, list, verify with lockout. Passwords
/// are hashed by ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with a salt per password).
/// Kept outside the warehouse and the lake (default <c>~/.config/insights/users.json</c>), so that no data export
/// carries it. Safe across processes (the dashboard and <c>insights users</c>) and instances: every read-modify-write
/// holds an exclusive lock on <c>FILE.lock</c>, and each write goes through a temporary file of its own.
/// </summary>
public sealed class UserStore
{
    /// <summary>Failed sign-ins that lock an account.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly PasswordHasher<DashboardUser> _hasher = new();
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    /// <summary>A store over a file (created on the first write).</summary>
    /// <param name="path">The accounts file.</param>
    /// <param name="time">The clock (tests pass a fake one).</param>
    public UserStore(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The default file: <c>$INSIGHTS_USERS</c>, else <c>~/.config/insights/users.json</c>.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("INSIGHTS_USERS") is { Length: > 0 } path
            ? path
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "insights", "users.json");

    /// <summary>The accounts file.</summary>
    public string Path { get; }

    /// <summary>Every account, by name.</summary>
    /// <returns>The accounts.</returns>
    public IReadOnlyList<DashboardUser> List()
    {
        lock (_gate)
        {
            return [.. Read().OrderBy(u => u.Name, StringComparer.Ordinal)];
        }
    }

    /// <summary>Adds an account (or replaces the password, role and committee of an existing one).</summary>
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

        lock (_gate)
        {
            using var exclusive = ExclusiveLock();
            var users = Read();
            var user = new DashboardUser(name, "", role, committee, 0, null, _time.GetUtcNow());
            user = user with { PasswordHash = _hasher.HashPassword(user, password) };
            users.RemoveAll(u => u.Name == name);
            users.Add(user);
            Write(users);
            return user;
        }
    }

    /// <summary>Removes an account.</summary>
    /// <param name="name">The sign-in name.</param>
    /// <returns>Whether it existed.</returns>
    public bool Remove(string name)
    {
        lock (_gate)
        {
            using var exclusive = ExclusiveLock();
            var users = Read();
            var removed = users.RemoveAll(u => u.Name == name) > 0;
            if (removed)
            {
                Write(users);
            }

            return removed;
        }
    }

    /// <summary>
    /// Checks a sign-in: a locked account is refused whatever the password; a wrong password counts a failure and
    /// the <see cref="MaxFailedAttempts"/>-th locks the account for <see cref="LockoutDuration"/>; a success resets
    /// the count (and rehashes a password stored in an older format).
    /// </summary>
    /// <param name="name">The sign-in name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The outcome and, on success, the account.</returns>
    public (SignInOutcome Outcome, DashboardUser? User) Verify(string name, string password)
    {
        lock (_gate)
        {
            using var exclusive = ExclusiveLock();
            var users = Read();
            var user = users.FirstOrDefault(u => u.Name == name);
            if (user is null)
            {
                // Hash anyway, so that an unknown name takes as long as a wrong password.
                _hasher.VerifyHashedPassword(new DashboardUser(name, "", "", null, 0, null, default), s_dummyHash, password ?? "");
                return (SignInOutcome.Failed, null);
            }

            var now = _time.GetUtcNow();
            if (user.LockedUntil is { } until && until > now)
            {
                return (SignInOutcome.LockedOut, null);
            }

            var result = _hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "");
            DashboardUser updated;
            if (result == PasswordVerificationResult.Failed)
            {
                var failures = user.FailedAttempts + 1;
                updated = failures >= MaxFailedAttempts
                    ? user with { FailedAttempts = 0, LockedUntil = now + LockoutDuration }
                    : user with { FailedAttempts = failures, LockedUntil = null };
            }
            else
            {
                updated = user with { FailedAttempts = 0, LockedUntil = null };
                if (result == PasswordVerificationResult.SuccessRehashNeeded)
                {
                    updated = updated with { PasswordHash = _hasher.HashPassword(updated, password!) };
                }
            }

            users[users.IndexOf(user)] = updated;
            Write(users);
            return result == PasswordVerificationResult.Failed
                ? (updated.LockedUntil is null ? SignInOutcome.Failed : SignInOutcome.LockedOut, null)
                : (SignInOutcome.Success, updated);
        }
    }

    private static readonly string s_dummyHash = new PasswordHasher<DashboardUser>().HashPassword(
        new DashboardUser("", "", "", null, 0, null, default), Guid.NewGuid().ToString());

    /// <summary>
    /// The exclusive lock on <c>FILE.lock</c> (an advisory lock on Linux, honoured by every UserStore), waited for up
    /// to ten seconds: without it two processes could both read, change and write, and one change would be lost.
    /// </summary>
    private FileStream ExclusiveLock()
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(folder);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                return new FileStream(Path + ".lock", options);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(15);
            }
        }
    }

    private List<DashboardUser> Read()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        using var stream = File.OpenRead(Path);
        return JsonSerializer.Deserialize<List<DashboardUser>>(stream, s_json) ?? [];
    }

    private void Write(List<DashboardUser> users)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(folder);
        var temporary = $"{Path}.{Guid.NewGuid():N}.writing";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, users.OrderBy(u => u.Name, StringComparer.Ordinal).ToList(), s_json);
        }

        File.Move(temporary, Path, overwrite: true);
    }
}
