using Insights.Generator.Randomness;
using Insights.Generator.Synthesis;
using Insights.Model.Identifiers;
using Insights.Model.Reference;
using Insights.Model.Registration;

namespace Insights.Generator.Season;

internal sealed partial class SeasonGenerator
{
    private const string OrgCodeLetters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly string[] s_districts = ["00", "02", "04", "05", "06", "11", "13", "14", "15", "16"];

    private double[] _leadCumulative = [];
    private readonly Dictionary<int, int> _plantedLeads = [];

    // The planted ineligible units: each leads exactly the one team planted.csv names and is nobody's partner.
    // A clean season has none (and no blacklisted entrant: -1).
    private readonly HashSet<int> _plantedUnits = [];
    private int _blacklistedUnit = -1;

    private void GenerateUnits()
    {
        var count = (int)Math.Ceiling(_options.Projects * GenerationProfile.UnitsPerProject) + 10;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var cities = _catalog.Cities;
        for (var i = 0; i < count; i++)
        {
            var random = _root.Fork("unit", i);
            var type = UnitTypeNames.All[random.PickWeighted(GenerationProfile.UnitTypeShares)];
            var city = cities[random.PickWeighted(GenerationProfile.CityShares)];
            var cityShort = city.NameZh.TrimEnd('市');
            var name = UnitNames.Next(random, type, cityShort);
            for (var attempt = 0; !names.Add(name); attempt++)
            {
                name = attempt < 20 ? UnitNames.Next(random, type, cityShort) : $"{name[..^2]}{attempt}{name[^2..]}";
            }

            string code;
            do
            {
                code = NewCreditCode(random, type, city);
            }
            while (!codes.Add(code));

            var parent = type == UnitType.Enterprise && random.Chance(0.12) ? UnitNames.Group(random) : null;
            var created = new DateOnly(_catalog.Season.Year, 5, 20).AddDays(random.Next(70));
            _units.Add(new UnitRecord(i, code, name, type, city, parent, created));
            if (i % 5000 == 0)
            {
                Report("units / 参赛单位", i, count);
            }
        }

        // Some units lead many teams (large firms, universities): lead-unit choice follows a Zipf-like law.
        _leadCumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += 1 / Math.Pow(i + 5, 0.9);
            _leadCumulative[i] = total;
        }

        PlantIneligibleUnits(codes);
    }

    private static string NewCreditCode(DeterministicRandom random, UnitType type, City city)
    {
        // Enterprises register with market regulation (9, category 1); the others are public institutions (1, category 2),
        // except research institutes founded as companies.
        var (authority, category) = type switch
        {
            UnitType.Enterprise => ('9', '1'),
            UnitType.ResearchInstitute when random.Chance(0.5) => ('9', '1'),
            _ => ('1', '2'),
        };
        var division = city.Code[..4] + random.Pick(s_districts);
        Span<char> body = stackalloc char[8];
        if (authority == '9' && random.Chance(0.65))
        {
            // Organization codes issued since 2015 start with MA.
            body[0] = 'M';
            body[1] = 'A';
            for (var k = 2; k < 8; k++)
            {
                body[k] = OrgCodeLetters[random.Next(OrgCodeLetters.Length)];
            }
        }
        else
        {
            for (var k = 0; k < 8; k++)
            {
                body[k] = (char)('0' + random.Next(10));
            }
        }

        var organizationCode = new string(body) + OrganizationCode.ComputeCheckCharacter(body);
        return UnifiedSocialCreditCode.Compose(authority, category, division, organizationCode);
    }

    private void PlantIneligibleUnits(HashSet<string> codes)
    {
        // A clean season has no ineligible entrant: every unit keeps its generated name, parent and valid code.
        if (!_options.Plant)
        {
            return;
        }

        var random = _root.Fork("planted-units");
        var enterprises = _units.Where(u => u.Type == UnitType.Enterprise).Select(u => u.Index).ToArray();
        random.Shuffle(enterprises.AsSpan());
        var projectSlots = Enumerable.Range(0, _options.Projects).ToArray();
        random.Shuffle(projectSlots.AsSpan());

        var companies = _catalog.OrganizingUnits.Where(u => u.Kind == "enterprise").ToList();
        var others = _catalog.OrganizingUnits.Where(u => u.Kind is "research_institute" or "public_institution").ToList();

        // A branch whose name carries the organizing company's name.
        var branchOf = random.Pick(companies);
        var branch = _units[enterprises[0]];
        branch.Name = $"{branchOf.NameZh}{branch.City.NameZh.TrimEnd('市')}分公司";
        branch.ParentName = branchOf.NameZh;
        _plantedLeads[projectSlots[0]] = branch.Index;
        AddPlanted("organizer_subsidiary", "", "registration", "", "@" + projectSlots[0], branch.Uscc, RuleIds.EntrantOrganizer,
            $"参赛单位“{branch.Name}”是组织单位“{branchOf.NameZh}”（{branchOf.Code}）的分公司", $"entrant '{branch.Name}' is a branch of organizing unit {branchOf.Code} ({branchOf.NameEn})");

        // A subsidiary with a name of its own; only the parent column gives it away.
        var parentOf = random.Pick(others);
        var subsidiary = _units[enterprises[1]];
        subsidiary.ParentName = parentOf.AliasesZh.Count > 0 ? parentOf.AliasesZh[0] : parentOf.NameZh;
        _plantedLeads[projectSlots[1]] = subsidiary.Index;
        AddPlanted("organizer_subsidiary", "", "registration", "", "@" + projectSlots[1], subsidiary.Uscc, RuleIds.EntrantOrganizer,
            $"参赛单位“{subsidiary.Name}”的上级单位是组织单位“{subsidiary.ParentName}”（{parentOf.Code}）", $"entrant '{subsidiary.Name}' has organizing unit {parentOf.Code} ({parentOf.NameEn}) as its parent");

        var blacklisted = _units[enterprises[2]];
        _blacklistedUnit = blacklisted.Index;
        _plantedLeads[projectSlots[2]] = blacklisted.Index;
        AddPlanted("blacklisted_unit", "", "registration", "", "@" + projectSlots[2], blacklisted.Uscc, RuleIds.EntrantBlacklist,
            $"参赛单位“{blacklisted.Name}”在失信被执行人名单上（见 reference/credit_blacklist.csv）", $"entrant '{blacklisted.Name}' is on the list of dishonest judgment debtors (reference/credit_blacklist.csv)");

        // A keying error: two adjacent characters swapped, which the check character catches.
        var typo = _units[enterprises[3]];
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

        _plantedLeads[projectSlots[3]] = typo.Index;
        _plantedUnits.UnionWith(_plantedLeads.Values);
        AddPlanted("invalid_credit_code", "", "registration", "", "@" + projectSlots[3], typo.Uscc, RuleIds.EntrantLegalPerson,
            $"参赛单位“{typo.Name}”的统一社会信用代码录入错误（{original} 误录为 {typo.Uscc}），校验码不符", $"entrant '{typo.Name}' has a mistyped credit code ({original} keyed as {typo.Uscc}); the check character fails");
    }

    private int PickLeadUnit(DeterministicRandom random)
    {
        int unit;
        do
        {
            var target = random.NextDouble() * _leadCumulative[^1];
            var index = Array.BinarySearch(_leadCumulative, target);
            unit = index >= 0 ? index : ~index;
        }
        while (_plantedUnits.Contains(unit));

        return unit;
    }
}
