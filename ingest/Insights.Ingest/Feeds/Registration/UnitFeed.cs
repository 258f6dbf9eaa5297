using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Model.Identifiers;
using Insights.Model.Registration;

namespace Insights.Ingest.Feeds.Registration;

/// <summary>Entrant units (参赛单位): one row per unit with its credit code, type and city.</summary>
public sealed class UnitFeed : Feed
{
    private const int Season = 0, CreditCode = 1, Name = 2, Type = 3, City = 4, Parent = 5, RegisteredOn = 6;

    /// <inheritdoc />
    public override string Id => "units";

    /// <inheritdoc />
    public override string NameZh => "参赛单位";

    /// <inheritdoc />
    public override string NameEn => "entrant units";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.Unit;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("credit_code", ValueKind.Text, true),
        new("unit_name", ValueKind.Text, true),
        new("unit_type", ValueKind.Text, true),
        new("city", ValueKind.Text, true),
        new("parent_unit", ValueKind.Text, false),
        new("registered_on", ValueKind.Date, false),
    ];

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var season = row.Text(Season) ?? context.DefaultSeason;
        var code = row.Required(CreditCode)?.ToUpperInvariant();
        var name = row.Required(Name);
        var typeText = row.Required(Type);
        var city = row.Required(City);
        var registeredOn = row.Date(RegisteredOn);
        string? type = null;
        if (typeText is not null)
        {
            type = UnitTypeNames.All
                .Where(t => t.NameZh() == typeText || t.Code() == typeText || string.Equals(t.NameEn(), typeText, StringComparison.OrdinalIgnoreCase))
                .Select(t => t.Code())
                .FirstOrDefault();
            if (type is null)
            {
                row.Reject(Type, typeText, "单位类型须为 企业/事业单位/科研院所/高校", "unit type must be enterprise, public institution, research institute or university");
            }
        }

        if (!row.Ok || context.IsDuplicate(row, season, code))
        {
            return;
        }

        var check = UnifiedSocialCreditCode.Check(code);
        var b = context.Land(Dataset, season, row);
        b.Set(UnitColumns.CreditCode, code);
        b.Set(UnitColumns.CreditCodeProblem, check.IsValid ? null : FeedText.Snake(check.Problem.ToString()));
        b.Set(UnitColumns.UnitName, name);
        b.Set(UnitColumns.UnitType, type);
        b.Set(UnitColumns.City, city);
        b.Set(UnitColumns.ParentUnitName, row.Text(Parent));
        b.Set(UnitColumns.RegisteredOn, registeredOn);
    }
}
