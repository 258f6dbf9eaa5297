using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Insights.Dashboard.Security;

/// <summary>
/// Rate limits on the sign-in post (ASP.NET Core's rate limiting middleware, two partitioned fixed windows chained):
/// per client address, whatever the names tried, and per account name, whatever the addresses, so that neither one
/// client nor a crowd of them can try passwords (or spend the server's hashing time) fast. A limited attempt is
/// answered 429 with Retry-After and no password check: the limit depends on counts only, never on whether the
/// account exists, so it tells nothing about accounts. Other requests are not limited.
/// </summary>
public static class SignInLimits
{
    /// <summary>The largest sign-in form read (bytes); a larger one is answered 413.</summary>
    public const long MaxFormBytes = 16 * 1024;

    /// <summary>Binds <see cref="SignInLimitOptions"/> from "SignInLimits" and registers the limiters.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddSignInLimits(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SignInLimitOptions>()
            .Bind(builder.Configuration.GetSection(SignInLimitOptions.Section))
            .Validate(o => o.PerAddress > 0 && o.PerAccount > 0 && o.Window > TimeSpan.Zero, "SignInLimits: PerAddress, PerAccount and Window must be positive")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInLimitOptions>>((options, limits) =>
        {
            var window = limits.Value.Window;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limiter(context => "address " + AddressOf(context), limits.Value.PerAddress, window),
                Limiter(context => "account " + AccountOf(context), limits.Value.PerAccount, window));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                // A body of its own: an empty 429 would be re-executed as the not-found page.
                await context.HttpContext.Response.WriteAsync("登录尝试过多，请稍后再试。/ Too many sign-in attempts: try again later.\n", cancellationToken).ConfigureAwait(false);
            };
        });
        return builder;
    }

    /// <summary>
    /// Reads the sign-in form before the limiters (so that they can partition by the name posted, without blocking
    /// on the body), at most <see cref="MaxFormBytes"/> of it, answers 400 to a form that cannot be read (ASP.NET Core
    /// refuses a NUL in a form value) and 413 to one too large, then the limiters.
    /// </summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static IApplicationBuilder UseSignInLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            if (IsSignIn(context) && context.Request.HasFormContentType)
            {
                // A sign-in form is well under a kilobyte: it is read before any limit, so it may not be large.
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = MaxFormBytes;
                }

                int? refused = null;
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
                }
                catch (InvalidDataException)
                {
                    refused = StatusCodes.Status400BadRequest;
                }
                catch (BadHttpRequestException unreadable)
                {
                    refused = unreadable.StatusCode;
                }

                if (refused is { } status)
                {
                    // Answered here, with a body: re-executed as the not-found page, the same unreadable post
                    // would be read again and end in another status.
                    context.Response.StatusCode = status;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync("表单无法读取。/ The form cannot be read.\n", context.RequestAborted).ConfigureAwait(false);
                    return;
                }
            }

            await next(context).ConfigureAwait(false);
        });
        return app.UseRateLimiter();
    }

    private static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(AccountEndpoints.SignInPath, StringComparison.OrdinalIgnoreCase);

    private static PartitionedRateLimiter<HttpContext> Limiter(Func<HttpContext, string> key, int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context)
            ? RateLimitPartition.GetFixedWindowLimiter(key(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));

    /// <summary>The client's address; an IPv6 client's /64, which one client usually has whole.</summary>
    private static string AddressOf(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } address)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    /// <summary>The name posted (read by the middleware before), cut to the longest name an account can have.</summary>
    private static string AccountOf(HttpContext context)
    {
        var name = context.Request.HasFormContentType && context.Features.Get<IFormFeature>()?.Form is { } form
            ? form["name"].ToString().Trim()
            : "";
        return name.Length > 64 ? name[..64] : name;
    }
}
