using System.Reflection;
using System.Text.RegularExpressions;
using Insights.Dashboard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Dashboard.Tests.Support;

/// <summary>
/// Every route of the dashboard, found rather than listed: the Razor pages by their <see cref="RouteAttribute"/>s in
/// the app's assembly, the other endpoints from the app's endpoint data source (static assets left out). A page or
/// endpoint added later is in the matrix without a change here, unless it has a route parameter not in
/// <see cref="Fill"/>'s values, which fails loudly.
/// </summary>
public static partial class RouteCatalog
{
    /// <summary>The routes.</summary>
    /// <param name="services">The started app's services.</param>
    /// <returns>Routes, sorted by template and method.</returns>
    public static IReadOnlyList<AppRoute> Discover(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var routes = new Dictionary<(string, string), AppRoute>();
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract))
        {
            foreach (var route in type.GetCustomAttributes<RouteAttribute>())
            {
                var access = Access([.. type.GetCustomAttributes(inherit: true).OfType<IAuthorizeData>()], type.GetCustomAttributes(inherit: true).OfType<IAllowAnonymous>().Any());
                routes[(route.Template, "GET")] = new AppRoute(route.Template, "GET", true, access);
            }
        }

        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            if (metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal)) || metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            {
                // Static files, and the pages (found above by reflection, with the same metadata).
                continue;
            }

            var template = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var access = Access([.. metadata.GetOrderedMetadata<IAuthorizeData>()], metadata.GetMetadata<IAllowAnonymous>() is not null);
            foreach (var method in metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                if (method is "GET" or "POST")
                {
                    routes.TryAdd((template, method), new AppRoute(template, method, false, access));
                }
            }
        }

        return [.. routes.Values.OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];
    }

    /// <summary>The route with its parameters filled with real values of the served season.</summary>
    /// <param name="template">The template.</param>
    /// <param name="values">Values by parameter name (case-insensitive).</param>
    /// <returns>A path.</returns>
    /// <exception cref="InvalidOperationException">A parameter without a value: add one to the matrix.</exception>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Parameter().Replace(template, m => values.TryGetValue(m.Groups["name"].Value, out var value)
            ? Uri.EscapeDataString(value)
            : m.Groups["optional"].Success ? ""
            : throw new InvalidOperationException($"route {template}: no test value for the parameter '{m.Groups["name"].Value}'; add one to RouteMatrixTests"));
    }

    private static RouteAccess Access(IReadOnlyList<IAuthorizeData> rules, bool anonymous)
    {
        if (anonymous || rules.Count == 0)
        {
            return RouteAccess.Public;
        }

        var policies = rules.Select(r => r.Policy).Where(p => p is not null).ToList();
        var roles = rules.SelectMany(r => (r.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (policies.Contains(DashboardPolicies.Organizer) || (roles.Count > 0 && roles.All(r => r == DashboardPolicies.Organizer)))
        {
            return RouteAccess.Organizer;
        }

        if (policies.Contains(DashboardPolicies.Committee) || roles.Contains(DashboardPolicies.Committee))
        {
            return RouteAccess.Committee;
        }

        return policies.Count == 0 && roles.Count == 0 ? RouteAccess.SignedIn
            : throw new InvalidOperationException($"unknown policy or roles: {string.Join(',', policies.Concat(roles))}");
    }

    [GeneratedRegex(@"\{\**(?<name>\w+)(:[^}?]*)?(?<optional>\?)?(=[^}]*)?\}")]
    private static partial Regex Parameter();
}
