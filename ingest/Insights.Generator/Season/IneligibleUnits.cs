using Insights.Model.Identifiers;
using Insights.Model.Reference;
using Insights.Model.Registration;

namespace Insights.Generator.Season;

/// <summary>
/// The planted ineligible entrants (stream <c>planted-units</c>): a branch and a subsidiary of organizing units, a
/// blacklisted unit and a mistyped credit code, each leading one team chosen here.
/// </summary>
/// <param name="Leads">Project index → the planted unit that leads it.</param>
/// <param name="Units">The planted units.</param>
/// <param name="Blacklisted">The blacklisted unit, −1 if none.</param>
/// <param name="Planted">The four planted problems; projects as <c>@index</c> references.</param>
internal sealed record IneligibleUnits(IReadOnlyDictionary<int, int> Leads, IReadOnlySet<int> Units, int Blacklisted, IReadOnlyList<PlantedProblem> Planted)
{
    /// <summary>A clean season's: none.</summary>
    public static readonly IneligibleUnits None = new(new Dictionary<int, int>(), new HashSet<int>(), -1, []);

    /// <summary>Plants the four ineligible units, renaming or recoding generated enterprises in place.</summary>
    /// <param name="context">The season.</param>
    /// <param name="units">The units just generated (the planted ones are changed).</param>
    /// <param name="codes">Every generated credit code, so the mistyped one matches no other unit.</param>
    /// <returns>What was planted.</returns>
    public static IneligibleUnits Plant(SeasonContext context, IReadOnlyList<UnitRecord> units, IReadOnlySet<string> codes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(codes);
        var log = new PlantedLog();
        var leads = new Dictionary<int, int>();
        var random = context.Root.Fork("planted-units");
        var enterprises = units.Where(u => u.Type == UnitType.Enterprise).Select(u => u.Index).ToArray();
        random.Shuffle(enterprises.AsSpan());
        var projectSlots = Enumerable.Range(0, context.Options.Projects).ToArray();
        random.Shuffle(projectSlots.AsSpan());

        var companies = context.Catalog.OrganizingUnits.Where(u => u.Kind == "enterprise").ToList();
        var others = context.Catalog.OrganizingUnits.Where(u => u.Kind is "research_institute" or "public_institution").ToList();

        // A branch whose name carries the organizing company's name.
        var branchOf = random.Pick(companies);
        var branch = units[enterprises[0]];
        branch.Name = $"{branchOf.NameZh}{branch.City.NameZh.TrimEnd('市')}分公司";
        branch.ParentName = branchOf.NameZh;
        leads[projectSlots[0]] = branch.Index;
        log.Add("organizer_subsidiary", "", "registration", "", "@" + projectSlots[0], branch.Uscc, RuleIds.EntrantOrganizer,
            $"参赛单位“{branch.Name}”是组织单位“{branchOf.NameZh}”（{branchOf.Code}）的分公司", $"entrant '{branch.Name}' is a branch of organizing unit {branchOf.Code} ({branchOf.NameEn})");

        // A subsidiary with a name of its own; only the parent column gives it away.
        var parentOf = random.Pick(others);
        var subsidiary = units[enterprises[1]];
        subsidiary.ParentName = parentOf.AliasesZh.Count > 0 ? parentOf.AliasesZh[0] : parentOf.NameZh;
        leads[projectSlots[1]] = subsidiary.Index;
        log.Add("organizer_subsidiary", "", "registration", "", "@" + projectSlots[1], subsidiary.Uscc, RuleIds.EntrantOrganizer,
            $"参赛单位“{subsidiary.Name}”的上级单位是组织单位“{subsidiary.ParentName}”（{parentOf.Code}）", $"entrant '{subsidiary.Name}' has organizing unit {parentOf.Code} ({parentOf.NameEn}) as its parent");

        var blacklisted = units[enterprises[2]];
        leads[projectSlots[2]] = blacklisted.Index;
        log.Add("blacklisted_unit", "", "registration", "", "@" + projectSlots[2], blacklisted.Uscc, RuleIds.EntrantBlacklist,
            $"参赛单位“{blacklisted.Name}”在失信被执行人名单上（见 reference/credit_blacklist.csv）", $"entrant '{blacklisted.Name}' is on the list of dishonest judgment debtors (reference/credit_blacklist.csv)");

        // A keying error: two adjacent characters swapped, which the check character catches.
        var typo = units[enterprises[3]];
        var original = typo.Uscc;
        for (var k = 9; k < 16; k++)
        {
            var chars = original.ToCharArray();
            (chars[k], chars[k + 1]) = (chars[k + 1], chars[k]);
            var swapped = new string(chars);
            if (!UnifiedSocialCreditCode.IsValid(swapped) && !codes.Contains(swapped))
            {
                typo.Uscc = swapped;
                break;
            }
        }

        leads[projectSlots[3]] = typo.Index;
        log.Add("invalid_credit_code", "", "registration", "", "@" + projectSlots[3], typo.Uscc, RuleIds.EntrantLegalPerson,
            $"参赛单位“{typo.Name}”的统一社会信用代码录入错误（{original} 误录为 {typo.Uscc}），校验码不符", $"entrant '{typo.Name}' has a mistyped credit code ({original} keyed as {typo.Uscc}); the check character fails");
        return new IneligibleUnits(leads, leads.Values.ToHashSet(), blacklisted.Index, log.Problems);
    }
}
