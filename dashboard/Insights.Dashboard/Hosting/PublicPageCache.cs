using System.Globalization;
using Insights.Dashboard.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Dashboard.Hosting;

/// <summary>
/// Output caching of the public pages: a page is rendered once per warehouse version (the file's last write and
/// length, as <see cref="WarehouseReader"/> keys its queries), culture, path and season, so a new ingest or analyze
/// shows up at once. Only anonymous GETs answered 200 without a cookie are cached (ASP.NET Core's default policy):
/// a signed-in user's page (name, sign-out form) is never stored nor served from the cache.
/// </summary>
public static class PublicPageCache
{
    /// <summary>The policy's name: <c>@attribute [OutputCache(PolicyName = PublicPageCache.Policy)]</c> on a public page.</summary>
    public const string Policy = "public-page";

    /// <summary>Adds the output cache with the public pages' policy.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPublicPageCache(this IServiceCollection services) => services.AddOutputCache(options =>
        options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery("season", "culture")
            .With(context => Cacheable(context.HttpContext))
            .VaryByValue(context => new KeyValuePair<string, string>("version", Version(context)))));

    /// <summary>
    /// Whether a request may be cached: its <c>culture</c> is absent or one of the supported ones and its
    /// <c>season</c> absent or a season of the warehouse. Made-up values are answered (with the default) but not
    /// stored, so they cannot fill the cache.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <returns>True when the page may be stored.</returns>
    public static bool Cacheable(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query;
        if (query.TryGetValue("culture", out var culture)
            && !UiExtensions.Cultures.Any(c => string.Equals(c.Name, culture.ToString(), StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (!query.TryGetValue("season", out var season))
        {
            return true;
        }

        try
        {
            // The seasons are one cached query per warehouse version; waiting here is waiting for a finished task.
            var seasons = context.RequestServices.GetRequiredService<Public.PublicQueries>().SeasonsAsync().GetAwaiter().GetResult();
            return seasons.Contains(season.ToString());
        }
        catch (Exception e) when (e is IOException or DuckDB.NET.Data.DuckDBException)
        {
            return false;
        }
    }

    /// <summary>The cache key's version part: the UI culture and the warehouse file's stamp.</summary>
    /// <param name="context">The request.</param>
    /// <returns>"culture|stamp"; "culture|missing" without a warehouse.</returns>
    public static string Version(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.RequestServices.GetRequiredService<IOptions<WarehouseOptions>>().Value.Path;
        var file = new FileInfo(path);
        var stamp = file.Exists ? $"{file.LastWriteTimeUtc.Ticks}:{file.Length}" : "missing";
        return $"{CultureInfo.CurrentUICulture.Name}|{stamp}";
    }
}
