using System.Globalization;
using System.Text.RegularExpressions;

namespace Insights.Ingest.Converters;

/// <summary>
/// The lookup tables of the ISU figure skating data set (performances.csv, judges.csv, judged-aspects.csv and the
/// optional judge-country.csv), loaded and checked before judge-scores.csv is streamed against them.
/// </summary>
internal sealed partial class IsuSources
{
    /// <summary>The judged-aspects.csv section of element GOEs.</summary>
    public const string Elements = "elements";

    /// <summary>The judged-aspects.csv section of program components.</summary>
    public const string Components = "components";

    /// <summary>Optional file (BuzzFeed's data/processed/judge-country.csv): each judge's home country.</summary>
    public const string JudgeCountryFile = "judge-country.csv";

    private readonly Dictionary<string, Performance> _performances = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Competition, string Program, string Seat), Seat> _seats = [];
    private readonly Dictionary<string, Aspect> _aspects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _seasons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _listedCountry = new(StringComparer.Ordinal);

    /// <summary>A performance: one skater (or pair, or couple) in one program of one competition.</summary>
    public sealed record Performance(string Id, string Competition, string Program, string Nation, string Season, string Stage, string Track, string Panel);

    /// <summary>
    /// A judge's seat (J1..J9) on the panel of one competition and program. <see cref="Name"/> is null for an unnamed
    /// seat; <see cref="Vacant"/> is true when judges.csv lists the seat as '-' (nobody sat there).
    /// </summary>
    public sealed record Seat(string? Name, string? Country, bool Vacant, long Line);

    /// <summary>An element or component of one performance, with its criterion label and scale.</summary>
    public sealed record Aspect(Performance Performance, string Criterion, double MinScore, double MaxScore);

    /// <summary>True when the folder had judge-country.csv.</summary>
    public bool HasJudgeCountryFile { get; private set; }

    /// <summary>Aspects in judged-aspects.csv.</summary>
    public int AspectCount => _aspects.Count;

    /// <summary>Notes on what loading found.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Loads and checks the tables of <paramref name="folder"/>.</summary>
    /// <param name="folder">The data set folder.</param>
    public static IsuSources Load(string folder)
    {
        var sources = new IsuSources();
        sources.LoadSeats(folder);
        sources.LoadJudgeCountries(folder);
        sources.LoadPerformances(folder);
        sources.LoadAspects(folder);
        return sources;
    }

    /// <summary>The aspect of an aspect_id, or null.</summary>
    /// <param name="aspectId">The aspect_id.</param>
    public Aspect? FindAspect(string aspectId) => _aspects.GetValueOrDefault(aspectId);

    /// <summary>The seat of a performance's panel, or null when judges.csv does not list it.</summary>
    /// <param name="performance">The performance.</param>
    /// <param name="seat">J1..J9.</param>
    public Seat? FindSeat(Performance performance, string seat) => _seats.GetValueOrDefault((performance.Competition, performance.Program, seat));

    /// <summary>
    /// The judge's country: the seat's own when judges.csv gives a nation; for seats listed as 'ISU' (the ISU
    /// championships), the judge's country from judge-country.csv when that file is present, else the one country
    /// the same judge has on every other seat in judges.csv; null when unknown.
    /// </summary>
    /// <param name="seat">The seat.</param>
    /// <param name="fromOtherSeats">True when the country came from elsewhere than the seat.</param>
    public string? CountryOf(Seat seat, out bool fromOtherSeats)
    {
        fromOtherSeats = false;
        if (seat.Country is not null)
        {
            return seat.Country;
        }

        if (seat.Name is null || !_listedCountry.TryGetValue(seat.Name, out var country))
        {
            return null;
        }

        fromOtherSeats = true;
        return country;
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    /// <param name="text">The text.</param>
    public static string Squeeze(string text) => Spaces().Replace(text, " ").Trim();

    private void LoadSeats(string folder)
    {
        using var csv = new SourceCsv(folder, "judges.csv", "judge_name", "assigned_country", "role", "program", "competition", "officials_table_link", "results_pdf_link", "clean_judge_name");
        int name = csv.Column("judge_name"), country = csv.Column("assigned_country"), role = csv.Column("role"), program = csv.Column("program"),
            competition = csv.Column("competition"), officials = csv.Column("officials_table_link"), results = csv.Column("results_pdf_link"), clean = csv.Column("clean_judge_name");
        var countries = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var names = new HashSet<(string, string, string)>();
        int vacant = 0, unnamed = 0;
        foreach (var row in csv.Reader)
        {
            if (!csv.IsData(row))
            {
                continue;
            }

            var comp = csv.Required(row, competition);
            var prog = csv.Required(row, program);
            var seatMatch = SeatRole().Match(csv.Required(row, role));
            var seat = seatMatch.Success ? "J" + seatMatch.Groups[1].Value : throw csv.Error(row, role, "应为“Judge No.1”至“Judge No.9”", "expected 'Judge No.1' to 'Judge No.9'");
            var judgeName = Squeeze(SourceCsv.Text(row, clean));
            var isVacant = judgeName.Length == 0 && SourceCsv.Text(row, name) is "" or "-"; // nobody sat there
            var nation = SourceCsv.Text(row, country);
            var isNation = NationCode().IsMatch(nation) && nation != "ISU";
            if (!_seats.TryAdd((comp, prog, seat), new Seat(judgeName.Length > 0 ? judgeName : null, isNation ? nation : null, isVacant, row.LineNumberFrom)))
            {
                throw csv.Error(row, role, $"{comp} {prog} 的 {seat} 出现了两次", $"seat {seat} of {comp} {prog} is listed twice");
            }

            if (judgeName.Length > 0)
            {
                if (!names.Add((comp, prog, judgeName)))
                {
                    throw csv.Error(row, clean, $"{judgeName} 在 {comp} {prog} 占了两个席位", $"{judgeName} holds two seats on the panel of {comp} {prog}");
                }

                if (isNation)
                {
                    if (!countries.TryGetValue(judgeName, out var set))
                    {
                        set = new HashSet<string>(StringComparer.Ordinal);
                        countries[judgeName] = set;
                    }

                    set.Add(nation);
                }
            }
            else if (isVacant)
            {
                vacant++;
                Notes.Add($"judges.csv 第{row.LineNumberFrom}行：{comp} {prog} 的 {seat} 为空席（“-”），其分数不计 / judges.csv line {row.LineNumberFrom}: seat {seat} of {comp} {prog} is vacant ('-'); its scores are skipped");
            }
            else
            {
                unnamed++;
            }

            var season = SeasonLink().Match(SourceCsv.Text(row, officials) + " " + SourceCsv.Text(row, results));
            if (season.Success)
            {
                var label = string.Create(CultureInfo.InvariantCulture, $"ISU-20{season.Groups[1].Value}-{season.Groups[2].Value}");
                if (_seasons.TryGetValue(comp, out var known) && known != label)
                {
                    throw csv.Error(row, officials, $"{comp} 的链接指向两个赛季（{known}、{label}）", $"the links of {comp} point to two seasons ({known}, {label})");
                }

                _seasons[comp] = label;
            }
        }

        foreach (var (judge, set) in countries)
        {
            if (set.Count == 1)
            {
                _listedCountry[judge] = set.First();
            }
            else
            {
                Notes.Add($"{judge} 在 judges.csv 中代表多个国家（{string.Join("、", set)}），列为 ISU 时国家留空 / {judge} sits for several countries in judges.csv ({string.Join(", ", set)}); left empty where listed as ISU");
            }
        }

        Notes.Add($"judges.csv：{_seats.Count} 个席位，{vacant} 个空席，{unnamed} 个无名席位 / judges.csv: {_seats.Count} seats, {vacant} vacant, {unnamed} unnamed");
    }

    private void LoadJudgeCountries(string folder)
    {
        if (!File.Exists(Path.Combine(folder, JudgeCountryFile)))
        {
            return;
        }

        HasJudgeCountryFile = true;
        using var csv = new SourceCsv(folder, JudgeCountryFile, "clean_judge_name", "judge_country");
        int name = csv.Column("clean_judge_name"), country = csv.Column("judge_country");
        var replaced = 0;
        foreach (var row in csv.Reader)
        {
            if (!csv.IsData(row))
            {
                continue;
            }

            var judge = Squeeze(csv.Required(row, name));
            var nation = csv.Required(row, country);
            if (!NationCode().IsMatch(nation) || nation == "ISU")
            {
                throw csv.Error(row, country, $"“{nation}”不是三字母国家代码", $"'{nation}' is not a three-letter country code");
            }

            replaced += _listedCountry.TryGetValue(judge, out var before) && before != nation ? 1 : 0;
            _listedCountry[judge] = nation;
        }

        Notes.Add($"{JudgeCountryFile}：列为 ISU 的裁判按此文件取国家（{replaced} 个与 judges.csv 其他席位不同）/ {JudgeCountryFile}: judges listed as ISU take their country from this file ({replaced} differ from their other seats in judges.csv)");
    }

    private void LoadPerformances(string folder)
    {
        using var csv = new SourceCsv(folder, "performances.csv", "performance_id", "competition", "program", "nation");
        int id = csv.Column("performance_id"), competition = csv.Column("competition"), program = csv.Column("program"), nation = csv.Column("nation");
        var labels = new Dictionary<(string, string), (string Season, string Stage, string Track, string Panel)>();
        var noSeason = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in csv.Reader)
        {
            if (!csv.IsData(row))
            {
                continue;
            }

            var performanceId = csv.Required(row, id);
            var comp = csv.Required(row, competition);
            var prog = csv.Required(row, program);
            if (!labels.TryGetValue((comp, prog), out var label))
            {
                var segment = ProgramSegment().Match(prog);
                if (!segment.Success)
                {
                    throw csv.Error(row, program, $"“{prog}”不是短节目（SHORT PROGRAM/SHORT DANCE）或自由滑（FREE SKATING/FREE DANCE）",
                        $"'{prog}' is neither a short (SHORT PROGRAM/SHORT DANCE) nor a free (FREE SKATING/FREE DANCE) segment");
                }

                var discipline = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(segment.Groups["discipline"].Value.ToLowerInvariant());
                if (!_seasons.TryGetValue(comp, out var season))
                {
                    season = "ISU";
                    noSeason.Add(comp);
                }

                label = (season, segment.Groups["segment"].Value.StartsWith("SHORT", StringComparison.Ordinal) ? "short" : "free", $"{comp} / {discipline}", $"{comp} / {prog}");
                labels[(comp, prog)] = label;
            }

            var performance = new Performance(performanceId, comp, prog, csv.Required(row, nation), label.Season, label.Stage, label.Track, label.Panel);
            if (!_performances.TryAdd(performanceId, performance))
            {
                throw csv.Error(row, id, $"performance_id {performanceId} 重复", $"performance_id {performanceId} is repeated");
            }
        }

        foreach (var comp in noSeason)
        {
            Notes.Add($"judges.csv 的链接中找不到 {comp} 的赛季，赛季记为“ISU” / no season for {comp} in the links of judges.csv: season 'ISU'");
        }
    }

    private void LoadAspects(string folder)
    {
        using var csv = new SourceCsv(folder, "judged-aspects.csv", "aspect_id", "performance_id", "section", "aspect_num", "aspect_desc");
        int id = csv.Column("aspect_id"), performanceId = csv.Column("performance_id"), section = csv.Column("section"), num = csv.Column("aspect_num"), desc = csv.Column("aspect_desc");
        var criteria = new HashSet<(string, string)>();
        foreach (var row in csv.Reader)
        {
            if (!csv.IsData(row))
            {
                continue;
            }

            var aspectId = csv.Required(row, id);
            var pid = csv.Required(row, performanceId);
            var performance = _performances.GetValueOrDefault(pid)
                ?? throw csv.Error(row, performanceId, $"performances.csv 中没有 {pid}", $"performances.csv has no performance {pid}");
            var description = Squeeze(csv.Required(row, desc));
            Aspect aspect;
            switch (csv.Required(row, section))
            {
                case Elements:
                    var number = int.TryParse(SourceCsv.Text(row, num), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                        ? n
                        : throw csv.Error(row, num, "元素应有正整数序号", "an element needs a positive whole aspect_num");
                    aspect = new Aspect(performance, string.Create(CultureInfo.InvariantCulture, $"elements #{number:00}: {description}"), -3, 3);
                    break;
                case Components:
                    aspect = new Aspect(performance, "components: " + Slash().Replace(description, " / "), 0.25, 10);
                    break;
                case var other:
                    throw csv.Error(row, section, $"“{other}”既不是 elements 也不是 components", $"'{other}' is neither elements nor components");
            }

            if (!criteria.Add((pid, aspect.Criterion)))
            {
                throw csv.Error(row, desc, $"表演 {pid} 的“{aspect.Criterion}”出现两次", $"performance {pid} has '{aspect.Criterion}' twice");
            }

            if (!_aspects.TryAdd(aspectId, aspect))
            {
                throw csv.Error(row, id, $"aspect_id {aspectId} 重复", $"aspect_id {aspectId} is repeated");
            }
        }
    }

    [GeneratedRegex(@"^Judge No\.\s*([1-9])$")]
    private static partial Regex SeatRole();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex NationCode();

    [GeneratedRegex(@"season(\d{2})(\d{2})")]
    private static partial Regex SeasonLink();

    [GeneratedRegex(@"^(?<discipline>.+?)\s+(?<segment>SHORT PROGRAM|SHORT DANCE|FREE SKATING|FREE DANCE)$")]
    private static partial Regex ProgramSegment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*/\s*")]
    private static partial Regex Slash();
}
