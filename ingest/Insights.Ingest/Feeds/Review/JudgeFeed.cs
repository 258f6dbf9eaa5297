using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Ingest.Privacy;

namespace Insights.Ingest.Feeds.Review;

/// <summary>Judges (评审专家). Phones land only as keyed hashes and masks.</summary>
public sealed class JudgeFeed : Feed
{
    private const int Season = 0, JudgeId = 1, Name = 2, Unit = 3, City = 4, ExpertType = 5, Title = 6, Phone = 7;

    /// <inheritdoc />
    public override string Id => "judges";

    /// <inheritdoc />
    public override string NameZh => "评审专家";

    /// <inheritdoc />
    public override string NameEn => "judges";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.Judge;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("judge_id", ValueKind.Text, true),
        new("judge_name", ValueKind.Text, true),
        new("unit_name", ValueKind.Text, false),
        new("city", ValueKind.Text, false),
        new("expert_type", ValueKind.Text, false),
        new("title", ValueKind.Text, false),
        new("phone", ValueKind.Text, false),
    ];

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var season = row.Text(Season) ?? context.DefaultSeason;
        var id = row.Required(JudgeId);
        var name = row.Required(Name);
        if (!row.Ok || context.IsDuplicate(row, season, id))
        {
            return;
        }

        var phone = row.Text(Phone);
        var b = context.Land(Dataset, season, row);
        b.Set(JudgeColumns.JudgeId, id);
        b.Set(JudgeColumns.JudgeName, name);
        b.Set(JudgeColumns.UnitName, row.Text(Unit));
        b.Set(JudgeColumns.City, row.Text(City));
        b.Set(JudgeColumns.ExpertType, row.Text(ExpertType));
        b.Set(JudgeColumns.Title, row.Text(Title));
        b.Set(JudgeColumns.PhoneHash, context.Protector.Hash("phone", phone));
        b.Set(JudgeColumns.PhoneMasked, PersonalDataProtector.MaskPhone(phone));
    }
}
