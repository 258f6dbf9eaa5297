using Insights.Generator.Randomness;
using Insights.Generator.Synthesis;
using Insights.Model.Identifiers;
using Insights.Model.Reference;
using Insights.Model.Registration;

namespace Insights.Generator.Season;

/// <summary>Step 1: the entrant units, each from its own stream <c>unit</c> (index), and the planted ineligible ones.</summary>
internal static class UnitRegistry
{
    private const string OrgCodeLetters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly string[] s_districts = ["00", "02", "04", "05", "06", "11", "13", "14", "15", "16"];

    /// <summary>Generates the units: about <see cref="GenerationProfile.UnitsPerProject"/> per project, plus ten.</summary>
    /// <param name="context">The season.</param>
    /// <returns>The units, their lead weights and the planted ineligible units.</returns>
    public static EntrantUnits Generate(SeasonContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var count = (int)Math.Ceiling(context.Options.Projects * GenerationProfile.UnitsPerProject) + 10;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var cities = context.Catalog.Cities;
        var units = new List<UnitRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var random = context.Root.Fork("unit", i);
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
            var created = new DateOnly(context.Catalog.Season.Year, 5, 20).AddDays(random.Next(70));
            units.Add(new UnitRecord(i, code, name, type, city, parent, created));
            if (i % 5000 == 0)
            {
                context.Report("units / 参赛单位", i, count);
            }
        }

        // Some units lead many teams (large firms, universities): lead-unit choice follows a Zipf-like law.
        var leadCumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += 1 / Math.Pow(i + 5, 0.9);
            leadCumulative[i] = total;
        }

        // A clean season has no ineligible entrant: every unit keeps its generated name, parent and valid code.
        var ineligible = context.Options.Plant ? IneligibleUnits.Plant(context, units, codes) : IneligibleUnits.None;
        return new EntrantUnits(units, leadCumulative, ineligible.Leads, ineligible.Units, ineligible.Blacklisted, ineligible.Planted);
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
}
