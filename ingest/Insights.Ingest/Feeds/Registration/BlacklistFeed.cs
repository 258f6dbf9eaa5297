using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;

namespace Insights.Ingest.Feeds.Registration;

/// <summary>
/// The credit blacklist (失信被执行人, 重大税收违法, 政府采购严重违法失信): a configurable list of units that may not
/// compete, as extracted from 信用中国.
/// </summary>
public sealed class BlacklistFeed : Feed
{
    private const int Season = 0, CreditCode = 1, Name = 2, ListType = 3, ListedOn = 4, Source = 5;

    /// <inheritdoc />
    public override string Id => "blacklist";

    /// <inheritdoc />
    public override string NameZh => "信用黑名单";

    /// <inheritdoc />
    public override string NameEn => "credit blacklist";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.Blacklist;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("credit_code", ValueKind.Text, true),
        new("unit_name", ValueKind.Text, true),
        new("list_type", ValueKind.Text, true),
        new("listed_on", ValueKind.Date, false),
        new("list_source", ValueKind.Text, false),
    ];

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var season = row.Text(Season) ?? context.DefaultSeason;
        var code = row.Required(CreditCode)?.ToUpperInvariant();
        var name = row.Required(Name);
        var list = row.Required(ListType);
        var listedOn = row.Date(ListedOn);
        if (!row.Ok || context.IsDuplicate(row, season, code, list))
        {
            return;
        }

        var b = context.Land(Dataset, season, row);
        b.Set(BlacklistColumns.CreditCode, code);
        b.Set(BlacklistColumns.UnitName, name);
        b.Set(BlacklistColumns.ListType, list);
        b.Set(BlacklistColumns.ListedOn, listedOn);
        b.Set(BlacklistColumns.ListSource, row.Text(Source));
    }
}
