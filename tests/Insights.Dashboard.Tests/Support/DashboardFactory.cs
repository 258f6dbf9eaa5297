using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insights.Dashboard.Tests.Support;

/// <summary>The dashboard hosted in memory over a warehouse (production settings: exception page off, JSON logs).</summary>
/// <param name="warehouse">The warehouse file.</param>
public sealed class DashboardFactory(string warehouse) : WebApplicationFactory<Program>
{
    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Warehouse:Path", warehouse);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
