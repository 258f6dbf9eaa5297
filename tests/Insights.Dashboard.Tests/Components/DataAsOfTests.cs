using System.Globalization;
using Bunit;
using Insights.Dashboard.Components.Shared;
using Insights.Dashboard.Tests.Support;
using Insights.Dashboard.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Insights.Dashboard.Tests.Components;

/// <summary>
/// The "data as of" badge, rendered with bunit over a real warehouse (load time and newest batch of etl_batch) and
/// over a missing one (it says so instead of failing the page).
/// </summary>
public sealed class DataAsOfTests : IDisposable
{
    private readonly BunitContext _context = new();
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    public DataAsOfTests()
    {
        _context.Services.AddLocalization();
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
    }

    [Fact]
    public async Task Shows_the_load_date_of_the_newest_batch_and_not_its_id()
    {
        var season = await ServedSeason.SharedAsync();
        var reader = Reader(season.Warehouse);
        var version = await reader.VersionAsync();
        _context.Services.AddSingleton(reader);
        var cut = _context.Render<DataAsOf>();
        cut.WaitForAssertion(() => Assert.Contains("数据截至", cut.Markup, StringComparison.Ordinal));
        Assert.Contains(version.LoadedAt!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cut.Markup, StringComparison.Ordinal);
        // The batch id is internal: neither it nor its first characters appear.
        Assert.DoesNotContain(version.LatestBatch[..Math.Min(8, version.LatestBatch.Length)], cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("批次", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("尚未分析", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_warehouse_is_said_not_thrown()
    {
        _context.Services.AddSingleton(Reader(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.duckdb")));
        var cut = _context.Render<DataAsOf>();
        cut.WaitForAssertion(() => Assert.Contains("数据仓库暂不可用", cut.Markup, StringComparison.Ordinal));
    }

    private static WarehouseReader Reader(string path) =>
        new(Options.Create(new WarehouseOptions { Path = path }), NullLogger<WarehouseReader>.Instance);

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _context.Dispose();
    }
}
