using System.Globalization;
using Insights.Analytics.Rasch;
using Insights.Analytics.Tests.Support;

namespace Insights.Analytics.Tests.Rasch;

/// <summary>
/// The essay ratings (shared/datasets/essay-ratings-wind-hua/writing.csv) and the eRm reference values written by
/// ReferenceData/Rasch/rasch_reference.R (rasch_persons.csv, rasch_parameters.csv).
/// </summary>
internal static class RaschReference
{
    /// <summary>Rubric domains in the file's column order (columns 3..6).</summary>
    public static readonly string[] Domains = ["style", "org", "conv", "sent_form"];

    private static readonly Lazy<int[][]> s_essays = new(LoadEssays);

    /// <summary>Rows of writing.csv as (student, language, rater, style, org, conv, sent_form).</summary>
    public static int[][] Essays => s_essays.Value;

    /// <summary>Student ids in ascending order (the order of the reference files).</summary>
    public static int[] Students => [.. Essays.Select(r => r[0]).Distinct().Order()];

    /// <summary>
    /// Observations for raters 1..<paramref name="raters"/> and the given domains (indexes into <see cref="Domains"/>).
    /// <paramref name="layout"/> decides the facets: "judges" (rater = judge, domain = criterion), "items" (one judge,
    /// criterion = rater-domain pair, rater outer).
    /// </summary>
    public static RaschObservation[] Observations(int raters, int[] domains, string layout)
    {
        var students = Students;
        var studentIndex = students.Select((id, n) => (id, n)).ToDictionary(p => p.id, p => p.n);
        var observations = new List<RaschObservation>();
        foreach (var row in Essays.Where(r => r[2] <= raters))
        {
            for (var d = 0; d < domains.Length; d++)
            {
                var score = row[3 + domains[d]];
                var rater = row[2] - 1;
                observations.Add(layout == "items"
                    ? new RaschObservation(studentIndex[row[0]], 0, (rater * domains.Length) + d, score)
                    : new RaschObservation(studentIndex[row[0]], rater, d, score));
            }
        }

        return [.. observations];
    }

    /// <summary>eRm person measures of a model, in student order; NaN for students with an extreme score.</summary>
    public static double[] Persons(string model) =>
    [
        .. ReadCsv("rasch_persons.csv")
            .Where(f => f[0] == model)
            .Select(f => f[2] == "NA" ? double.NaN : double.Parse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture)),
    ];

    /// <summary>eRm measures of one facet ("judge", "criterion", "threshold") of a model, in element order.</summary>
    public static double[] Parameters(string model, string facet) =>
    [
        .. ReadCsv("rasch_parameters.csv")
            .Where(f => f[0] == model && f[1] == facet)
            .Select(f => double.Parse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture)),
    ];

    private static IEnumerable<string[]> ReadCsv(string name) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "ReferenceData", "Rasch", name))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','));

    private static int[][] LoadEssays() =>
    [
        .. File.ReadLines(SharedDatasets.EssayRatings).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(',').Select(field => int.Parse(field.Trim('"'), CultureInfo.InvariantCulture)).ToArray()),
    ];
}
