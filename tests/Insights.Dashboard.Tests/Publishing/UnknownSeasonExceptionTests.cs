using Insights.Dashboard.Publishing;
using Insights.Model;

namespace Insights.Dashboard.Tests.Publishing;

/// <summary>The unknown-season refusal keeps its message on the shared bilingual base (expected text written out by hand).</summary>
public sealed class UnknownSeasonExceptionTests
{
    [Fact]
    public void The_message_lists_the_warehouse_seasons_in_each_language()
    {
        var e = new UnknownSeasonException("2099-XX", ["2024-JS", "2023-JS"]);
        Assert.Equal("未知赛季 '2099-XX'，数据仓库中的赛季：2024-JS、2023-JS / unknown season '2099-XX'; the warehouse's seasons: 2024-JS, 2023-JS", e.Message);
        Assert.Equal("unknown season '2099-XX'; the warehouse's seasons: 2024-JS, 2023-JS", Assert.IsAssignableFrom<BilingualException>(e).En);
    }
}
