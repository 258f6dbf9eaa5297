using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Insights.Generator.Output;
using Insights.Generator.Synthesis;
using Insights.Model.Identifiers;
using Insights.Model.Registration;

namespace Insights.Generator.Season;

internal sealed partial class SeasonGenerator
{
    private static readonly string[] s_blacklists = ["失信被执行人", "重大税收违法失信主体", "政府采购严重违法失信行为记录名单"];

    private void WriteUnitsAndBlacklist()
    {
        var path = OutPath("registration/units.xlsx");
        var rows = XlsxTableWriter.Write(path, "参赛单位", ["统一社会信用代码", "单位名称", "单位类型", "所在城市", "上级单位", "注册日期"],
            _units.Select(u => new object?[] { u.Uscc, u.Name, u.Type.NameZh(), u.City.NameZh, u.ParentName ?? "", u.AccountCreated.ToDateTime(TimeOnly.MinValue) }));
        AddFile(path, "xlsx", "", rows, "参赛单位 / entrant units");

        // An extract of the credit lists (信用中国) as organizers download it: mostly units that did not enter.
        var random = _root.Fork("blacklist");
        using var writer = new CsvTableWriter(OutPath("reference/credit_blacklist.csv"), TextEncodings.Utf8Bom, ["统一社会信用代码", "单位名称", "名单类型", "列入日期", "来源"]);
        var year = _catalog.Season.Year;
        var entries = new List<string[]>();
        if (_blacklistedUnit >= 0)
        {
            var listed = _units[_blacklistedUnit];
            var listedOn = new DateOnly(year - 1, 11, 8).ToString("yyyy-MM-dd", s_inv);
            entries.Add([listed.Uscc, listed.Name, s_blacklists[0], listedOn, "信用中国"]);
        }

        // The other entries (40 of them; all of a clean season's) are not entrants: neither their code nor their name is
        // one of an entrant unit.
        var entrantNames = _units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var entrantCodes = _units.Select(u => u.Uscc).ToHashSet(StringComparer.Ordinal);
        var size = entries.Count + 40;
        while (entries.Count < size)
        {
            var city = random.Pick(_catalog.Cities);
            var name = UnitNames.Next(random, UnitType.Enterprise, city.NameZh.TrimEnd('市'));
            var body = string.Concat(Enumerable.Range(0, 8).Select(_ => (char)('0' + random.Next(10))));
            var code = UnifiedSocialCreditCode.Compose('9', '1', city.Code, body + OrganizationCode.ComputeCheckCharacter(body));
            var day = new DateOnly(year - 3, 1, 1).AddDays(random.Next(1300));
            if (entrantNames.Add(name) && entrantCodes.Add(code))
            {
                entries.Add([code, name, random.Pick(s_blacklists), day.ToString("yyyy-MM-dd", s_inv), "信用中国"]);
            }
        }

        foreach (var entry in entries.OrderBy(e => e[3], StringComparer.Ordinal).ThenBy(e => e[0], StringComparer.Ordinal))
        {
            writer.Write(entry);
        }

        AddFile(writer.Path, "csv", "utf-8-bom", writer.Rows, "信用黑名单摘录 / credit blacklist extract");
    }

    private string WriteManifest()
    {
        var path = OutPath("manifest.json");
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("generator", "insights generate");
        json.WriteString("season", _catalog.Season.Id);
        json.WriteNumber("seed", _options.Seed);
        json.WriteNumber("projects", _options.Projects);
        json.WriteString("note", "合成数据，仅供演示与测试 / synthetic data for demonstration and tests; the planted truth is kept in a separate folder");
        json.WriteStartArray("files");
        foreach (var file in _files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("path", Path.GetRelativePath(_options.OutputDirectory, file.Path).Replace('\\', '/'));
            json.WriteString("format", file.Format);
            if (file.Encoding.Length > 0)
            {
                json.WriteString("encoding", file.Encoding);
            }

            json.WriteNumber("rows", file.Rows);
            json.WriteNumber("bytes", new FileInfo(file.Path).Length);
            json.WriteString("sha256", Sha256(file.Path));
            json.WriteString("description", file.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        return path;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
