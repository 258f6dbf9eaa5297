using Insights.Model.Reference;

namespace Insights.Model.Tests.ReferenceData;

/// <summary>
/// The 2024 Jiangsu reference data against the notice itself (model/reference/2024-JS/notice.txt), parsed
/// independently by <see cref="NoticeText"/>, and against counts made by hand from the notice.
/// </summary>
public sealed class ReferenceCatalogTests
{
    private static readonly ReferenceCatalog s_catalog = ReferenceCatalog.Load("2024-JS");
    private static readonly string s_notice = NoticeText.Load();

    [Fact]
    public void Counts_match_a_hand_count_of_the_notice()
    {
        // Hand count: 12 tracks; problems 3,3,3,3,3,4,2,3,5,4,5,8 = 46; seven committees (三（六）);
        // units in 三: 2 guiding, 27 host, 18 undertaking, 7 co-organizing, 2 technical support = 56.
        Assert.Equal(12, s_catalog.Tracks.Count);
        Assert.Equal([3, 3, 3, 3, 3, 4, 2, 3, 5, 4, 5, 8], s_catalog.Tracks.Select(t => s_catalog.ProblemsOf(t.Code).Count));
        Assert.Equal(46, s_catalog.Problems.Count);
        Assert.Equal(7, s_catalog.Committees.Count);
        Assert.Equal(56, s_catalog.OrganizingUnits.Count);
        Assert.Equal([2, 27, 18, 7, 2], Enum.GetValues<OrganizingRole>().Select(r => s_catalog.OrganizingUnits.Count(u => u.Role == r)));
    }

    [Fact]
    public void Reference_data_agrees_with_the_notice() =>
        Assert.Empty(NoticeCrossCheck.Differences(s_catalog, s_notice));

    [Fact]
    public void The_notice_parser_finds_everything_it_compares()
    {
        // Guards the cross-check itself: an empty parse would make every comparison pass.
        Assert.Equal(12, NoticeText.Tracks(s_notice).Count);
        Assert.Equal(46, NoticeText.Problems(s_notice).Count);
        Assert.Equal(12, NoticeText.Hosting(s_notice).Count);
        Assert.Equal(56, NoticeText.OrganizingUnits(s_notice).Count);
    }

    [Fact]
    public void Committees_host_the_tracks_the_notice_assigns()
    {
        // Section 四（一）, read by hand.
        var expected = new Dictionary<string, string[]>
        {
            ["NJ"] = ["科技创新", "气象服务", "城市治理"],
            ["WX"] = ["交通运输", "医疗健康"],
            ["XZ"] = ["应急管理"],
            ["SZ"] = ["工业制造", "商贸流通", "金融服务"],
            ["NT"] = ["绿色低碳"],
            ["YZ"] = ["文化旅游"],
            ["ZJ"] = ["现代农业"],
        };
        foreach (var (committee, tracks) in expected)
        {
            Assert.Equal(tracks.Order(), s_catalog.TracksHostedBy(committee).Select(t => t.NameZh).Order());
        }
    }

    [Fact]
    public void Rules_carry_the_notice_limits_and_deadlines()
    {
        var rules = s_catalog.Rules;
        Assert.Equal(5, rules.MaxRepresentativesPerTeam);            // 五（一）2 不超过5人
        Assert.Equal(1, rules.MaxProjectsPerTeam);                   // 五（一）2 只能提交1个参赛项目
        Assert.Equal(1, rules.MaxTeamsPerRepresentative);            // 五（一）2 只能代表1个团队
        Assert.Equal(1, rules.MaxProblemsPerProject);                // 五（二）1 限报一个赛题方向
        Assert.Equal(new DateOnly(2024, 8, 25), rules.PreliminaryReviewDeadline); // 四（二）1
        Assert.Equal(new DateOnly(2024, 9, 15), rules.FinalResultsDeadline);      // 四（二）2
        Assert.Equal(7, rules.PublicityDays);                        // 七 公示期为7天
        Assert.Equal(0, rules.EntryFeeYuan);                         // 七 不得收取任何参赛费用
        Assert.All(rules.All, r => Assert.Contains(r.Clause[..1], "一二三四五六七八", StringComparison.Ordinal));
    }

    [Fact]
    public void Official_track_name_follows_section_six()
    {
        var track = s_catalog.Track("T01");
        Assert.Equal("2024年“数据要素×”大赛江苏省分赛（工业制造赛道）", s_catalog.Season.OfficialNameZh(track));
        Assert.Contains("2024年“数据要素×”大赛江苏省分赛", s_notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Season_is_a_parameter_with_its_own_files()
    {
        Assert.Contains("2024-JS", ReferenceCatalog.EmbeddedSeasons());
        var error = Assert.Throws<ReferenceDataException>(() => ReferenceCatalog.Load("2025-JS"));
        Assert.Contains("2025-JS/season.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_find_and_refuse()
    {
        Assert.Equal("人工智能大模型", s_catalog.Problem("T06-P01").TitleZh);
        Assert.True(s_catalog.HasProblem("T12-P08"));
        Assert.False(s_catalog.HasProblem("T12-P09"));
        Assert.Throws<KeyNotFoundException>(() => s_catalog.Track("T13"));
        Assert.Contains(s_catalog.OrganizingUnits, u => u.AllNamesZh.Contains("江苏省发展和改革委员会"));
    }
}
