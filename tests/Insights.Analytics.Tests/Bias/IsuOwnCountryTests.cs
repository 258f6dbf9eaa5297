using System.Globalization;
using Insights.Analytics.Bias;
using Insights.Analytics.Severity;
using Insights.Analytics.Tests.Support;
using Insights.Ingest.Converters;

namespace Insights.Analytics.Tests.Bias;

/// <summary>
/// The own-country bonus of figure skating judges (ISU 2016-17, BuzzFeed News): program components only, affiliated
/// when judge_group (the judge's country) equals project_group (the skater's nation), pooled over all panels.
/// </summary>
public sealed class IsuOwnCountryTests
{
    [Fact]
    public void Own_country_component_bonus_matches_the_literature()
    {
        var root = Path.Combine(Path.GetTempPath(), $"insights-bias-isu-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            var csv = Path.Combine(root, "isu.csv");
            IsuFigureSkatingConverter.Convert(SharedDatasets.FigureSkating, csv);
            var judges = new Dictionary<string, int>(StringComparer.Ordinal);
            var projects = new Dictionary<string, int>(StringComparer.Ordinal);
            var criteria = new Dictionary<string, int>(StringComparer.Ordinal);
            var judgeGroup = new Dictionary<int, string>();
            var projectGroup = new Dictionary<int, string>();
            var ratings = new List<SeverityRating>();
            using var reader = new StreamReader(csv);
            var header = Split(reader.ReadLine()!);
            int Col(string name) => header.IndexOf(name);
            int cPanel = Col("panel"), cJudge = Col("judge"), cProject = Col("project"), cCriterion = Col("criterion"), cScore = Col("score"),
                cJg = Col("judge_group"), cPg = Col("project_group");
            while (reader.ReadLine() is { } line)
            {
                var f = Split(line);
                if (!f[cCriterion].StartsWith("components:", StringComparison.Ordinal))
                {
                    continue;
                }

                var j = Index(judges, f[cJudge]);
                var p = Index(projects, f[cPanel] + "|" + f[cProject]);
                judgeGroup[j] = f[cJg];
                projectGroup[p] = f[cPg];
                ratings.Add(new SeverityRating(j, p, Index(criteria, f[cCriterion]), double.Parse(f[cScore], CultureInfo.InvariantCulture)));
            }

            var pooled = Favouritism.Pool(ratings, (j, p) =>
                judgeGroup[j].Length > 0 && string.Equals(judgeGroup[j], projectGroup[p], StringComparison.Ordinal));
            TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ratings.Count} component marks, {judges.Count} judges, {projects.Count} performances: own-country bonus {pooled.Bonus:0.000} (SE {pooled.StandardError:0.000}, 95 % CI {pooled.Lower:0.000} to {pooled.Upper:0.000}) over {pooled.Judges} judges, {pooled.AffiliatedPairs} own-country judge-performances"));

            // The datasets README: about +0.25 points; measured when written: see docs/methods/bias.md.
            Assert.InRange(pooled.Bonus, 0.1, 0.4);
            Assert.True(pooled.Lower > 0, $"CI {pooled.Lower} to {pooled.Upper}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int Index(Dictionary<string, int> map, string key)
    {
        if (!map.TryGetValue(key, out var i))
        {
            map[key] = i = map.Count;
        }

        return i;
    }

    /// <summary>Splits one CSV line with RFC 4180 quoting.</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
