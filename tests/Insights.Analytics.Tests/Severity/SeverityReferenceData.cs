using System.Globalization;
using Insights.Analytics.Severity;
using Insights.Analytics.Tests.Support;

namespace Insights.Analytics.Tests.Severity;

/// <summary>
/// Reads the lme4 reference values written by ReferenceData/Severity/lmer_reference.R and the data they came from.
/// </summary>
internal static class SeverityReferenceData
{
    /// <summary>The folder of the reference CSV files in the test output.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "Severity");

    /// <summary>Rows of a CSV written by R's write.csv, header skipped, quotes removed.</summary>
    public static IEnumerable<string[]> ReadCsv(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',').Select(c => c.Trim('"')).ToArray());

    /// <summary>Parses an invariant-culture number (R's NA becomes NaN).</summary>
    public static double Number(string text) =>
        text == "NA" ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// The essay ratings in long form: students as projects, raters as judges, the four domains as criteria
    /// (style, org, conv, sent_form; style the reference), ids mapped to indices in ascending order as R's factors.
    /// </summary>
    public static (SeverityRating[] Ratings, int[] RaterIds, int[] StudentIds) EssayRatings()
    {
        var path = SharedDatasets.EssayRatings;
        var rows = ReadCsv(path).Select(r => r.Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var students = rows.Select(r => r[0]).Distinct().Order().ToArray();
        var raters = rows.Select(r => r[2]).Distinct().Order().ToArray();
        var studentIndex = students.Select((id, i) => (id, i)).ToDictionary(t => t.id, t => t.i);
        var raterIndex = raters.Select((id, i) => (id, i)).ToDictionary(t => t.id, t => t.i);
        var ratings = new List<SeverityRating>(rows.Length * 4);
        for (var domain = 0; domain < 4; domain++)
        {
            foreach (var r in rows)
            {
                ratings.Add(new SeverityRating(raterIndex[r[2]], studentIndex[r[0]], domain, r[3 + domain]));
            }
        }

        return ([.. ratings], raters, students);
    }

    /// <summary>A design written by the R script as &lt;case&gt;_data.csv (project, judge, criterion, score).</summary>
    public static SeverityRating[] GeneratedRatings(string name) =>
        [.. ReadCsv(Path.Combine(Folder, name + "_data.csv")).Select(r => new SeverityRating(
            (int)Number(r[1]), (int)Number(r[0]), (int)Number(r[2]), Number(r[3])))];

    /// <summary>Named scalar values of &lt;case&gt;_varcomp.csv.</summary>
    public static Dictionary<string, double> VarComp(string name) =>
        ReadCsv(Path.Combine(Folder, name + "_varcomp.csv")).ToDictionary(r => r[0], r => Number(r[1]));

    /// <summary>Estimates and standard errors of &lt;case&gt;_fixef.csv, in lme4's term order.</summary>
    public static (double Estimate, double Se)[] FixedEffects(string name) =>
        [.. ReadCsv(Path.Combine(Folder, name + "_fixef.csv")).Select(r => (Number(r[1]), Number(r[2])))];

    /// <summary>Level id, BLUP and conditional SD of &lt;case&gt;_judges.csv or &lt;case&gt;_projects.csv.</summary>
    public static (int Level, double Blup, double CondSd)[] RandomEffects(string name, string facet) =>
        [.. ReadCsv(Path.Combine(Folder, name + "_" + facet + ".csv")).Select(r => ((int)Number(r[0]), Number(r[1]), Number(r[2])))];
}
