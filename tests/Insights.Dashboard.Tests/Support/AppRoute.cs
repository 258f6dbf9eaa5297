namespace Insights.Dashboard.Tests.Support;

/// <summary>A route of the app as the authorization matrix calls it.</summary>
/// <param name="Template">The route template (<c>/data/{season}/{table}.csv</c>).</param>
/// <param name="Method">GET or POST.</param>
/// <param name="IsPage">A Razor page (answered with redirects) rather than an endpoint (answered with status codes).</param>
/// <param name="Access">Who may call it.</param>
public sealed record AppRoute(string Template, string Method, bool IsPage, RouteAccess Access);
