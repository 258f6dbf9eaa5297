using Insights.Analytics.Linking;

namespace Insights.Analytics.Tests.Linking;

/// <summary>Components of elements linked by groups, worked by hand.</summary>
public sealed class UnionFindComponentsTests
{
    [Fact]
    public void Groups_link_their_elements_and_labels_follow_first_appearance()
    {
        // 0-1-2 linked through two groups, 3 alone, 4-5 together: three components, labelled in element order.
        int[][] groups = [[1, 0], [2, 1], [5, 4]];
        Assert.Equal([0, 0, 0, 1, 2, 2], UnionFind.Components(6, groups));
    }

    [Fact]
    public void No_groups_leave_every_element_alone()
    {
        Assert.Equal([0, 1, 2], UnionFind.Components(3, []));
        Assert.Empty(UnionFind.Components(0, []));
    }
}
