using Insights.Dashboard.Committee;

namespace Insights.Dashboard.Hosting;

/// <summary>Registers the committees' comparison of tracks (the page /committee).</summary>
public static class CommitteeExtensions
{
    /// <summary>Adds the comparison's queries.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddCommitteeComparison(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ComparisonQueries>();
        return builder;
    }
}
