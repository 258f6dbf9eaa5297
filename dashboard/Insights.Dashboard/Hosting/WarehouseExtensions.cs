using Insights.Dashboard.Public;
using Insights.Dashboard.Warehouse;

namespace Insights.Dashboard.Hosting;

/// <summary>Registers the warehouse access and the queries of the pages.</summary>
public static class WarehouseExtensions
{
    /// <summary>Binds <see cref="WarehouseOptions"/> from "Warehouse" (also <c>--warehouse PATH</c> on the command line) and adds the readers.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddWarehouse(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // `insights serve --warehouse PATH` passes the path as a switch; configuration keys win otherwise.
        if (builder.Configuration["warehouse"] is { Length: > 0 } path)
        {
            builder.Configuration[$"{WarehouseOptions.Section}:Path"] = path;
        }

        builder.Services.Configure<WarehouseOptions>(builder.Configuration.GetSection(WarehouseOptions.Section));
        builder.Services.AddSingleton<WarehouseReader>();
        builder.Services.AddSingleton<PublicQueries>();
        builder.Services.AddSingleton<TrackQueries>();
        return builder;
    }
}
