using System.Globalization;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace Insights.Dashboard.Hosting;

/// <summary>Registers the pages: Razor components rendered on the server, MudBlazor, localization, JSON logs.</summary>
public static class UiExtensions
{
    /// <summary>The cultures: Chinese first, English as the switch.</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [new("zh-CN"), new("en")];

    /// <summary>Adds the UI services.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddDashboardUi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRazorComponents();
        builder.Services.AddMudServices();
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = [.. Cultures];
            options.SupportedUICultures = [.. Cultures];
            // The switch sets a cookie; ?culture=en works for a single link too.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        builder.Services.AddPublicPageCache();
        builder.Services.AddHealthChecks().AddCheck<WarehouseHealthCheck>("warehouse");
        return builder;
    }
}
