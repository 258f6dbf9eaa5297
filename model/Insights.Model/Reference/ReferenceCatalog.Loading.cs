using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Insights.Model.Review;

namespace Insights.Model.Reference;

public sealed partial class ReferenceCatalog
{
    private const string ResourcePrefix = "reference/";

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The seasons whose reference data ships inside Insights.</summary>
    public static IReadOnlyList<string> EmbeddedSeasons() =>
        [.. typeof(ReferenceCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith("/season.json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^"/season.json".Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>Loads a season's reference data shipped inside Insights.</summary>
    /// <param name="seasonId">Season id, e.g. <c>2024-JS</c>.</param>
    /// <returns>The validated catalog.</returns>
    /// <exception cref="ReferenceDataException">The season is unknown, or a file is malformed or inconsistent.</exception>
    public static ReferenceCatalog Load(string seasonId)
    {
        var assembly = typeof(ReferenceCatalog).Assembly;
        return Load(seasonId, relative => ReadResource(assembly, ResourcePrefix + relative));
    }

    /// <summary>Loads a season's reference data from a folder laid out like <c>model/reference</c>.</summary>
    /// <param name="seasonId">Season id; its files are in <c>referenceRoot/seasonId/</c>.</param>
    /// <param name="referenceRoot">The folder holding season folders and <c>common/</c>.</param>
    /// <returns>The validated catalog.</returns>
    /// <exception cref="ReferenceDataException">A file is missing, malformed or inconsistent.</exception>
    public static ReferenceCatalog Load(string seasonId, string referenceRoot) =>
        Load(seasonId, relative =>
        {
            var path = Path.Combine(referenceRoot, relative);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        });

    private static ReferenceCatalog Load(string seasonId, Func<string, string?> read)
    {
        string Text(string relative) => read(relative)
            ?? throw new ReferenceDataException(relative, null, null, $"赛季 {seasonId} 缺少参考数据文件", $"season {seasonId} has no reference file {relative}");

        var season = ParseSeason(seasonId, Text(seasonId + "/season.json"), out var citiesFile);
        var rules = ParseRules(seasonId + "/rules.csv", Text(seasonId + "/rules.csv"));
        var committees = ParseCommittees(seasonId + "/committees.csv", Text(seasonId + "/committees.csv"));
        var tracks = ParseTracks(seasonId + "/tracks.csv", Text(seasonId + "/tracks.csv"));
        var problems = ParseProblems(seasonId + "/problems.csv", Text(seasonId + "/problems.csv"));
        var units = ParseOrganizingUnits(seasonId + "/organizing_units.csv", Text(seasonId + "/organizing_units.csv"));
        var cities = ParseCities(citiesFile, Text(citiesFile));
        var rubrics = ParseRubrics(seasonId + "/rubric.csv", Text(seasonId + "/rubric.csv"));

        var catalog = new ReferenceCatalog(season, new SeasonRules(rules), tracks, problems, committees, units, cities, rubrics);
        catalog.Validate();
        return catalog;
    }

    private static string? ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Season ParseSeason(string seasonId, string json, out string citiesFile)
    {
        var file = seasonId + "/season.json";
        SeasonFile? dto;
        try
        {
            dto = JsonSerializer.Deserialize<SeasonFile>(json, s_json);
        }
        catch (JsonException e)
        {
            throw new ReferenceDataException(file, (int?)e.LineNumber + 1, e.Path, $"JSON 格式错误：{e.Message}", $"malformed JSON: {e.Message}");
        }

        if (dto is null || dto.Id != seasonId)
        {
            throw new ReferenceDataException(file, null, "id", $"赛季编号应为 {seasonId}", $"the season id must be {seasonId}");
        }

        citiesFile = dto.CitiesFile;
        var t = dto.Timeline;
        return new Season(
            dto.Id, dto.Year, dto.ProvinceCode, dto.ProvinceZh, dto.DivisionZh, dto.DivisionEn, dto.NameZh, dto.NameEn,
            dto.ThemeZh, dto.ThemeEn, dto.TrackOfficialNameZh, dto.TrackOfficialNameEn, dto.Website,
            new SeasonTimeline(
                Day(file, "preliminary_start", t.PreliminaryStart), Day(file, "preliminary_end", t.PreliminaryEnd),
                Day(file, "final_start", t.FinalStart), Day(file, "final_end", t.FinalEnd),
                Day(file, "award_ceremony_start", t.AwardCeremonyStart), Day(file, "award_ceremony_end", t.AwardCeremonyEnd)),
            [.. dto.AwardTiers.Select(a => new AwardTier(a.Code, a.NameZh, a.NameEn, a.Rank))]);
    }

    private static DateOnly Day(string file, string field, string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ReferenceDataException(file, null, field, $"“{value}”不是 yyyy-MM-dd 日期", $"'{value}' is not a yyyy-MM-dd date");

    private static List<CompetitionRule> ParseRules(string file, string text)
    {
        var table = ReferenceTable.Parse(file, text, ["id", "clause", "kind", "value", "text_zh", "text_en"]);
        return [.. table.Rows().Select(r => new CompetitionRule(
            table.Required(r.Row, r.Text, "id"), table.Required(r.Row, r.Text, "clause"), table.Required(r.Row, r.Text, "kind"),
            r.Text("value"), table.Required(r.Row, r.Text, "text_zh"), table.Required(r.Row, r.Text, "text_en")))];
    }

    private static List<Committee> ParseCommittees(string file, string text)
    {
        var table = ReferenceTable.Parse(file, text, ["code", "city_zh", "city_en", "name_zh", "name_en", "lead_unit_zh"]);
        return [.. table.Rows().Select(r => new Committee(
            table.Required(r.Row, r.Text, "code"), table.Required(r.Row, r.Text, "city_zh"), table.Required(r.Row, r.Text, "city_en"),
            table.Required(r.Row, r.Text, "name_zh"), table.Required(r.Row, r.Text, "name_en"), table.Required(r.Row, r.Text, "lead_unit_zh")))];
    }

    private static List<Track> ParseTracks(string file, string text)
    {
        var table = ReferenceTable.Parse(file, text, ["code", "number", "name_zh", "name_en", "committee_code"]);
        return [.. table.Rows().Select(r => new Track(
            table.Required(r.Row, r.Text, "code"), table.Integer(r.Row, r.Text, "number"), table.Required(r.Row, r.Text, "name_zh"),
            table.Required(r.Row, r.Text, "name_en"), table.Required(r.Row, r.Text, "committee_code")))];
    }

    private static List<Problem> ParseProblems(string file, string text)
    {
        var table = ReferenceTable.Parse(file, text, ["code", "track_code", "number", "title_zh", "title_en", "description_zh"]);
        return [.. table.Rows().Select(r => new Problem(
            table.Required(r.Row, r.Text, "code"), table.Required(r.Row, r.Text, "track_code"), table.Integer(r.Row, r.Text, "number"),
            table.Required(r.Row, r.Text, "title_zh"), table.Required(r.Row, r.Text, "title_en"), table.Required(r.Row, r.Text, "description_zh")))];
    }

    private static List<OrganizingUnit> ParseOrganizingUnits(string file, string text)
    {
        var table = ReferenceTable.Parse(file, text, ["code", "role", "name_zh", "name_en", "aliases_zh", "city_zh", "kind"]);
        return [.. table.Rows().Select(r => new OrganizingUnit(
            table.Required(r.Row, r.Text, "code"),
            ParseRole(file, r.Row, table.Required(r.Row, r.Text, "role")),
            table.Required(r.Row, r.Text, "name_zh"),
            table.Required(r.Row, r.Text, "name_en"),
            r.Text("aliases_zh").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            table.Required(r.Row, r.Text, "city_zh"),
            table.Required(r.Row, r.Text, "kind")))];
    }

    private static OrganizingRole ParseRole(string file, int row, string role) => role switch
    {
        "guiding" => OrganizingRole.Guiding,
        "host" => OrganizingRole.Host,
        "undertaking" => OrganizingRole.Undertaking,
        "co_organizing" => OrganizingRole.CoOrganizing,
        "technical_support" => OrganizingRole.TechnicalSupport,
        _ => throw new ReferenceDataException(file, row, "role", $"未知角色“{role}”", $"unknown role '{role}'"),
    };

    private static List<City> ParseCities(string file, string text)
    {
        var table = ReferenceTable.Parse(file, text, ["code", "name_zh", "name_en"]);
        return [.. table.Rows().Select(r => new City(
            table.Required(r.Row, r.Text, "code"), table.Required(r.Row, r.Text, "name_zh"), table.Required(r.Row, r.Text, "name_en")))];
    }

    private static List<StageRubric> ParseRubrics(string file, string text)
    {
        var table = ReferenceTable.Parse(file, text, ["stage", "criterion", "name_zh", "name_en", "min_score", "max_score", "weight", "notice_clause"]);
        var byStage = new Dictionary<Stage, List<RubricCriterion>>();
        foreach (var (row, value) in table.Rows())
        {
            var code = table.Required(row, value, "stage");
            if (!StageNames.TryParse(code, out var stage))
            {
                throw new ReferenceDataException(file, row, "stage", $"未知评审阶段“{code}”", $"unknown stage '{code}'");
            }

            var criterion = new RubricCriterion(
                table.Required(row, value, "criterion"), table.Required(row, value, "name_zh"), table.Required(row, value, "name_en"),
                table.Integer(row, value, "min_score"), table.Integer(row, value, "max_score"), table.Number(row, value, "weight"),
                table.Required(row, value, "notice_clause"));
            if (criterion.MinScore >= criterion.MaxScore || criterion.Weight <= 0)
            {
                throw new ReferenceDataException(file, row, "max_score", "分值范围或权重无效", "the score range or weight is invalid");
            }

            if (!byStage.TryGetValue(stage, out var list))
            {
                byStage[stage] = list = [];
            }

            list.Add(criterion);
        }

        return [.. byStage.Select(kv => new StageRubric(kv.Key, kv.Value))];
    }

    private sealed record SeasonFile(
        string Id, int Year, string ProvinceCode, string ProvinceZh, string DivisionZh, string DivisionEn, string NameZh, string NameEn,
        string ThemeZh, string ThemeEn, string TrackOfficialNameZh, string TrackOfficialNameEn, string Website, string CitiesFile,
        string Source, TimelineFile Timeline, List<AwardTierFile> AwardTiers);

    private sealed record TimelineFile(
        string PreliminaryStart, string PreliminaryEnd, string FinalStart, string FinalEnd, string AwardCeremonyStart, string AwardCeremonyEnd);

    private sealed record AwardTierFile(string Code, string NameZh, string NameEn, int Rank);
}
