using Insights.Dashboard.Organizer;

namespace Insights.Dashboard.Hosting;

/// <summary>Registers and maps the organizers' fairness reports.</summary>
public static class OrganizerExtensions
{
    /// <summary>Adds the organizers' queries.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddOrganizerReports(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<OrganizerQueries>();
        return builder;
    }

    /// <summary>Maps the report exports under /reports (the pages are Razor components).</summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static WebApplication MapOrganizerEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOrganizerReports();
        return app;
    }
}
