using System.Globalization;
using Insights.Generator.Output;
using Insights.Generator.Randomness;

namespace Insights.Generator.Review;

/// <summary>The simulated review behind a review workbook: judges, panels, projects, marks, totals and awards.</summary>
internal sealed class ReviewSheetModel
{
    private const double Centre = 75;
    private const double ReconsiderRate = 0.03;
    private readonly ReviewSheetOptions _options;
    private readonly Judge[] _pool1;
    private readonly Judge[] _pool2;
    private readonly Project[] _projects;

    public ReviewSheetModel(ReviewSheetOptions options, DeterministicRandom random)
    {
        _options = options;
        _pool1 = [.. Enumerable.Range(1, ReviewSheetOptions.Stage1Pool).Select(i => new Judge(Id("E", i, 3), random.Normal(0, 4), 3 + (3 * random.NextDouble())))];
        _pool2 = [.. Enumerable.Range(1, ReviewSheetOptions.Stage2Pool).Select(i => new Judge(Id("F", i, 2), random.Normal(0, 4), 3 + (3 * random.NextDouble())))];
        var tracks = 4;
        _projects = [.. Enumerable.Range(1, options.Projects).Select(i => new Project(Id("P", i, 5), random.Next(tracks), random.Normal(0, 8)))];
        var panels1 = ReviewSheetOptions.Stage1Pool / ReviewSheetOptions.Stage1Judges;
        foreach (var p in _projects)
        {
            p.Panel1 = random.Next(panels1);
            p.Stage1 = [.. Enumerable.Range(0, ReviewSheetOptions.Stage1Judges).Select(k => Score(random, p, _pool1[(p.Panel1 * ReviewSheetOptions.Stage1Judges) + k], 1))];
            foreach (var (m, k) in p.Stage1.Select((m, k) => (m, k)))
            {
                if (random.Chance(ReconsiderRate))
                {
                    var others = p.Stage1.Where((_, i) => i != k).Average(o => o.Raw);
                    m.Reconsidered = Math.Round((m.Raw + others) / 2);
                }
            }

            p.Total1 = Math.Round(p.Stage1.Average(m => m.Counted), 2);
        }

        Standardize(_projects.SelectMany(p => p.Stage1));
        Rank(_projects, p => p.Total1, (p, r) => p.Rank1 = r);
        var advancing = _projects.OrderByDescending(p => p.Total1).ThenBy(p => p.Id, StringComparer.Ordinal).Take(options.Advancing).ToList();
        var panels2 = ReviewSheetOptions.Stage2Pool / ReviewSheetOptions.Stage2Judges;
        foreach (var p in advancing)
        {
            p.Panel2 = random.Next(panels2);
            p.Stage2 = [.. Enumerable.Range(0, ReviewSheetOptions.Stage2Judges).Select(k => Score(random, p, _pool2[(p.Panel2.Value * ReviewSheetOptions.Stage2Judges) + k], 1.2))];
            p.Total2 = Math.Round(p.Stage2.Average(m => m.Counted), 2);
        }

        Standardize(advancing.SelectMany(p => p.Stage2!));
        Rank(advancing, p => p.Total2!.Value, (p, r) => p.Rank2 = r);
        foreach (var p in advancing)
        {
            var share = (double)p.Rank2!.Value / advancing.Count;
            p.Award = share <= 0.05 ? "一等奖" : share <= 0.15 ? "二等奖" : share <= 0.30 ? "三等奖" : "未获奖";
        }
    }

    /// <summary>The sheet's rows; about 5 % of marks stored as text (some in full-width digits), about 0.2 % absent (缺考).</summary>
    public IEnumerable<object?[]> Rows(DeterministicRandom random)
    {
        var header = ReviewSheetGenerator.Header;
        for (var i = 0; i < _projects.Length; i++)
        {
            var p = _projects[i];
            var row = new object?[header.Count];
            var rowNumber = i + 2;
            row[0] = i + 1;
            row[1] = p.Id;
            row[2] = "项目" + p.Id[1..];
            row[3] = TrackName(p.Track);
            row[4] = Id("G", p.Panel1 + 1, 2);
            var at = 5;
            var rawCells = new List<string>();
            foreach (var m in p.Stage1)
            {
                row[at] = m.Judge.Id;
                rawCells.Add(XlsxCellWriter.Column(at + 1) + rowNumber.ToString(CultureInfo.InvariantCulture));
                row[at + 1] = random.Chance(0.002) ? ReviewSheetGenerator.Absent : Number(random, m.Raw);
                row[at + 2] = m.Standard;
                row[at + 3] = m.Reconsidered is { } r ? Number(random, r) : null;
                at += 4;
            }

            row[at] = Number(random, p.Total1);
            row[at + 1] = p.Rank1;
            row[at + 2] = new XlsxFormula($"AVERAGE({string.Join(",", rawCells)})", Math.Round(p.Stage1.Average(m => m.Raw), 6));
            at += 3;
            for (var k = 0; k < ReviewSheetOptions.Stage2Judges; k++)
            {
                if (p.Stage2 is { } marks)
                {
                    row[at] = marks[k].Judge.Id;
                    row[at + 1] = Number(random, marks[k].Raw);
                    row[at + 2] = marks[k].Standard;
                }

                at += 3;
            }

            row[at] = p.Panel2 is { } g ? Id("FG", g + 1, 2) : null;
            row[at + 1] = p.Total2;
            row[at + 2] = p.Rank2;
            row[at + 3] = p.Award;
            yield return row;
        }
    }

    /// <summary>Writes the planted truth: judges' severities and noise, projects' quality, totals and awards.</summary>
    public IEnumerable<GeneratedFile> WriteTruth(string folder)
    {
        using (var judges = new CsvTableWriter(Path.Combine(folder, "judges.csv"), TextEncodings.Utf8, ["judge", "stage", "severity", "noise_sd"]))
        {
            foreach (var (pool, stage) in new[] { (_pool1, "stage1"), (_pool2, "stage2") })
            {
                foreach (var j in pool)
                {
                    judges.Write(j.Id, stage, F(j.Severity), F(j.NoiseSd));
                }
            }

            yield return new GeneratedFile(judges.Path, judges.Rows);
        }

        using (var projects = new CsvTableWriter(Path.Combine(folder, "projects.csv"), TextEncodings.Utf8, ["project", "track", "quality", "stage1_total", "stage2_total", "award"]))
        {
            foreach (var p in _projects)
            {
                projects.Write(p.Id, TrackName(p.Track), F(p.Quality), F(p.Total1), p.Total2 is { } t ? F(t) : string.Empty, p.Award ?? string.Empty);
            }

            yield return new GeneratedFile(projects.Path, projects.Rows);
        }

        var readme = Path.Combine(folder, "README.md");
        File.WriteAllText(readme, $"""
            # Truth of a generated review workbook

            `review.xlsx` was generated with seed {_options.Seed} for {_options.Projects} projects. Marks are
            75 + quality (N(0, 8); × 1.2 in stage 2) + the judge's severity (N(0, 4), `judges.csv`) + noise (N(0, noise_sd)),
            rounded and bounded to 0-100. Stage-1 panels of {ReviewSheetOptions.Stage1Judges} experts from a pool of
            {ReviewSheetOptions.Stage1Pool} (分组), stage 2 ({_options.Advancing} best by 初评总分) panels of
            {ReviewSheetOptions.Stage2Judges} from a separate pool of {ReviewSheetOptions.Stage2Pool} (分组（二）).
            About 3 % of stage-1 marks were reconsidered (复议分, halfway to the other experts' mean) and about 0.2 % of
            stage-1 marks are absent ({ReviewSheetGenerator.Absent}): they cannot be read as marks and are quarantined.

            """, TextEncodings.Utf8);
        yield return new GeneratedFile(readme, 0);
    }

    private static string TrackName(int track) => track switch { 0 => "智能制造", 1 => "现代农业", 2 => "医疗健康", _ => "城市治理" };

    private static object Number(DeterministicRandom random, double value)
    {
        if (!random.Chance(0.05))
        {
            return value;
        }

        var text = ReviewSheetGenerator.Format(value);
        return random.Chance(0.2) ? new string([.. text.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c)]) : text;
    }

    private static Mark Score(DeterministicRandom random, Project p, Judge judge, double qualityWeight) =>
        new(judge, Math.Clamp(Math.Round(Centre + (qualityWeight * p.Quality) + judge.Severity + random.Normal(0, judge.NoiseSd)), 0, 100));

    private static void Standardize(IEnumerable<Mark> marks)
    {
        foreach (var group in marks.GroupBy(m => m.Judge))
        {
            var values = group.Select(m => m.Raw).ToArray();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1));
            foreach (var m in group)
            {
                m.Standard = Math.Round(sd > 0 ? ((m.Raw - mean) / sd * 10) + 80 : 80, 2);
            }
        }
    }

    private static void Rank(IReadOnlyList<Project> projects, Func<Project, double> total, Action<Project, int> set)
    {
        var rank = 0;
        foreach (var p in projects.OrderByDescending(total).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            set(p, ++rank);
        }
    }

    private static string Id(string prefix, int number, int digits) => prefix + number.ToString(new string('0', digits), CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private sealed record Judge(string Id, double Severity, double NoiseSd);

    private sealed class Mark(Judge judge, double raw)
    {
        public Judge Judge { get; } = judge;

        public double Raw { get; } = raw;

        public double Standard { get; set; }

        public double? Reconsidered { get; set; }

        public double Counted => Reconsidered ?? Raw;
    }

    private sealed class Project(string id, int track, double quality)
    {
        public string Id { get; } = id;

        public int Track { get; } = track;

        public double Quality { get; } = quality;

        public int Panel1 { get; set; }

        public Mark[] Stage1 { get; set; } = [];

        public double Total1 { get; set; }

        public int Rank1 { get; set; }

        public int? Panel2 { get; set; }

        public Mark[]? Stage2 { get; set; }

        public double? Total2 { get; set; }

        public int? Rank2 { get; set; }

        public string? Award { get; set; }
    }
}
