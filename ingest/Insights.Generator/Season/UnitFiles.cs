using Insights.Generator.Output;
using Insights.Generator.Synthesis;
using Insights.Model.Identifiers;
using Insights.Model.Registration;
using static Insights.Generator.Season.SeasonText;

namespace Insights.Generator.Season;

/// <summary>
/// Step 9: units.xlsx (the entrant units, written once their planted names and codes are final) and the credit
/// blacklist extract, whose other entries come from the stream <c>blacklist</c>.
/// </summary>
internal static class UnitFiles
{
    private static readonly string[] s_blacklists = ["失信被执行人", "重大税收违法失信主体", "政府采购严重违法失信行为记录名单"];

    /// <summary>Writes the two files.</summary>
    /// <param name="context">The season.</param>
    /// <param name="entrants">The entrant units.</param>
    /// <returns>units.xlsx and credit_blacklist.csv.</returns>
    public static IReadOnlyList<SeasonFile> Write(SeasonContext context, EntrantUnits entrants)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entrants);
        var units = entrants.Units;
        var files = new List<SeasonFile>();
        var path = context.OutPath("registration/units.xlsx");
        var rows = XlsxTableWriter.Write(path, "参赛单位", ["统一社会信用代码", "单位名称", "单位类型", "所在城市", "上级单位", "注册日期"],
            units.Select(u => new object?[] { u.Uscc, u.Name, u.Type.NameZh(), u.City.NameZh, u.ParentName ?? "", u.AccountCreated.ToDateTime(TimeOnly.MinValue) }));
        files.Add(new SeasonFile(path, "xlsx", "", rows, "参赛单位 / entrant units"));

        // An extract of the credit lists (信用中国) as organizers download it: mostly units that did not enter.
        var random = context.Root.Fork("blacklist");
        using var writer = new CsvTableWriter(context.OutPath("reference/credit_blacklist.csv"), TextEncodings.Utf8Bom, ["统一社会信用代码", "单位名称", "名单类型", "列入日期", "来源"]);
        var year = context.Catalog.Season.Year;
        var entries = new List<string[]>();
        if (entrants.BlacklistedUnit >= 0)
        {
            var listed = units[entrants.BlacklistedUnit];
            var listedOn = new DateOnly(year - 1, 11, 8).ToString("yyyy-MM-dd", Inv);
            entries.Add([listed.Uscc, listed.Name, s_blacklists[0], listedOn, "信用中国"]);
        }

        // The other entries (40 of them; all of a clean season's) are not entrants: neither their code nor their name is
        // one of an entrant unit.
        var entrantNames = units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var entrantCodes = units.Select(u => u.Uscc).ToHashSet(StringComparer.Ordinal);
        var size = entries.Count + 40;
        while (entries.Count < size)
        {
            var city = random.Pick(context.Catalog.Cities);
            var name = UnitNames.Next(random, UnitType.Enterprise, city.NameZh.TrimEnd('市'));
            var body = string.Concat(Enumerable.Range(0, 8).Select(_ => (char)('0' + random.Next(10))));
            var code = UnifiedSocialCreditCode.Compose('9', '1', city.Code, body + OrganizationCode.ComputeCheckCharacter(body));
            var day = new DateOnly(year - 3, 1, 1).AddDays(random.Next(1300));
            if (entrantNames.Add(name) && entrantCodes.Add(code))
            {
                entries.Add([code, name, random.Pick(s_blacklists), day.ToString("yyyy-MM-dd", Inv), "信用中国"]);
            }
        }

        foreach (var entry in entries.OrderBy(e => e[3], StringComparer.Ordinal).ThenBy(e => e[0], StringComparer.Ordinal))
        {
            writer.Write(entry);
        }

        files.Add(new SeasonFile(writer.Path, "csv", "utf-8-bom", writer.Rows, "信用黑名单摘录 / credit blacklist extract"));
        return files;
    }
}
