using Insights.Dashboard.Warehouse;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Insights.Dashboard.Hosting;

/// <summary>Healthy when the warehouse opens and names its newest batch.</summary>
public sealed class WarehouseHealthCheck(WarehouseReader warehouse) : IHealthCheck
{
    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await warehouse.VersionAsync().ConfigureAwait(false);
            return HealthCheckResult.Healthy($"batch {version.LatestBatch}, loaded {version.LoadedAt:O}, analysed {version.Analysed}");
        }
        catch (Exception e) when (e is IOException or DuckDB.NET.Data.DuckDBException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
