using Insights.Ingest.Feeds.Awards;
using Insights.Ingest.Feeds.Layouts;
using Insights.Ingest.Feeds.Registration;
using Insights.Ingest.Feeds.Review;
using Insights.Ingest.Feeds.Review.Sheets;
using Insights.Model.Reference;

namespace Insights.Ingest.Feeds;

/// <summary>
/// Every feed the ingest knows, in landing order (the blacklist and registrations before the scores that are checked
/// against them), and the recognition of a file's feed from its header.
/// </summary>
public sealed class FeedCatalog
{
    /// <summary>Creates the catalog.</summary>
    /// <param name="defaultSeason">Reference data of the default season (names wide sheets' criterion columns), or null.</param>
    /// <param name="defaultSeasonId">The default season's id (named when a review sheet cannot land in it).</param>
    public FeedCatalog(ReferenceCatalog? defaultSeason, string? defaultSeasonId = null)
    {
        All =
        [
            new BlacklistFeed(), new UnitFeed(), new TeamFeed(), new RepresentativeFeed(), new ProjectFeed(),
            new JudgeFeed(), new PanelFeed(), new LongScoreFeed(), new WideScoreFeed(defaultSeason),
            new ReviewSheetFeed(defaultSeason, defaultSeasonId ?? defaultSeason?.Season.Id ?? string.Empty), new AwardFeed(), new ComplaintFeed(),
        ];
    }

    /// <summary>The feeds in landing order.</summary>
    public IReadOnlyList<Feed> All { get; }

    /// <summary>The landing order of a feed.</summary>
    /// <param name="feed">A feed of this catalog.</param>
    public int Order(Feed feed) => All.ToList().IndexOf(feed);

    /// <summary>
    /// Recognises a file's feed: the feed whose required fields the header all has and which matches the most
    /// columns. A forced feed id skips recognition.
    /// </summary>
    /// <param name="header">The file's header.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="forced">A feed id given by the user, or null.</param>
    /// <exception cref="FeedException">No feed fits, two fit equally well, or the forced feed does not fit.</exception>
    public FeedBinding Recognise(IReadOnlyList<string> header, string fileName, string? forced) => Recognise(header, fileName, forced, null);

    /// <summary>
    /// Recognises a file's feed, or binds it as a layout file says (which then wins over <paramref name="forced"/>).
    /// </summary>
    /// <param name="header">The file's header.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="forced">A feed id given by the user, or null.</param>
    /// <param name="layout">A layout file, or null.</param>
    /// <exception cref="FeedException">No feed fits, two fit equally well, the forced feed does not fit, or the layout names a column the file lacks.</exception>
    public FeedBinding Recognise(IReadOnlyList<string> header, string fileName, string? forced, LayoutFile? layout)
    {
        if (layout is not null)
        {
            if (LayoutResolver.IsReviewSheet(layout))
            {
                return All.OfType<ReviewSheetFeed>().Single().BindLayout(header, LayoutResolver.Sheet(layout, header));
            }

            header = LayoutResolver.Renamed(layout, header);
            forced = layout.Feed;
        }

        if (forced is not null)
        {
            var feed = All.FirstOrDefault(f => f.Id == forced)
                ?? throw new FeedException($"没有名为 {forced} 的数据类型（可选：{Ids}）", $"no feed named {forced} (one of: {Ids})");
            if (feed.Bind(header, fileName) is { } bound)
            {
                return bound;
            }

            var (lackingZh, lackingEn) = HeaderAliases.DescribeMissing(feed.Id, feed.MissingRequired(header));
            throw new FeedException($"文件缺少 {feed.NameZh} 的必需列：{lackingZh}", $"the file lacks required columns of {feed.NameEn}: {lackingEn}") { NoFit = true };
        }

        var fits = All.Select(f => f.Bind(header, fileName)).OfType<FeedBinding>().OrderByDescending(b => b.Matched).ToList();
        if (fits.Count == 0)
        {
            // A review sheet misses its judges' groups, not columns by name: the nearest is a feed of named columns.
            var nearest = All.Where(f => f is not ReviewSheetFeed).OrderBy(f => f.MissingRequired(header).Count).First();
            var (missingZh, missingEn) = HeaderAliases.DescribeMissing(nearest.Id, nearest.MissingRequired(header));
            throw new FeedException(
                $"无法识别文件类型：表头与任何数据类型都不符（最接近的是{nearest.NameZh}，缺少列：{missingZh}）；可用 --feed 指定，或用 --layout 给出布局文件（insights layout suggest 可起草）",
                $"cannot tell what the file is: its header fits no feed (nearest: {nearest.NameEn}, missing {missingEn}); use --feed to say, or --layout with a layout file (insights layout suggest drafts one)")
            {
                NoFit = true,
            };
        }

        if (fits.Count > 1 && fits[1].Matched == fits[0].Matched)
        {
            throw new FeedException(
                $"文件类型不明确：表头同样符合{fits[0].Feed.NameZh}和{fits[1].Feed.NameZh}；可用 --feed 指定",
                $"ambiguous file: its header fits {fits[0].Feed.NameEn} and {fits[1].Feed.NameEn} equally; use --feed to say");
        }

        return fits[0];
    }

    private string Ids => string.Join(", ", All.Select(f => f.Id));
}
