using System.Diagnostics;
using System.Globalization;
using Insights.Analytics.Severity;

// Times SeverityModel.Fit (REML, conditional variances included) on a CSV with a header, one criterion:
//   SeverityBench --csv FILE --judge d --project s --score y [--runs 5] [--tolerance 1e-10] [--reference DIR]
// Judge and project columns hold dense zero-based integer codes. With --reference, compares with lme4's estimates
// written by tests/bench/severity-lme4.R (insteval-lme4-summary.txt, insteval-lme4-judges.csv in DIR).
var options = new Dictionary<string, string>();
for (var k = 0; k + 1 < args.Length; k += 2)
{
    options[args[k].TrimStart('-')] = args[k + 1];
}

var path = options["csv"];
var runs = int.Parse(options.GetValueOrDefault("runs", "5"), CultureInfo.InvariantCulture);
var fitOptions = new SeverityFitOptions(Tolerance: double.Parse(options.GetValueOrDefault("tolerance", "1e-10"), CultureInfo.InvariantCulture));
var lines = File.ReadAllLines(path);
var header = lines[0].Split(',');
int judgeColumn = Array.IndexOf(header, options.GetValueOrDefault("judge", "d"));
int projectColumn = Array.IndexOf(header, options.GetValueOrDefault("project", "s"));
int scoreColumn = Array.IndexOf(header, options.GetValueOrDefault("score", "y"));
var ratings = new SeverityRating[lines.Length - 1];
for (var i = 1; i < lines.Length; i++)
{
    var cells = lines[i].Split(',');
    ratings[i - 1] = new SeverityRating(
        int.Parse(cells[judgeColumn], CultureInfo.InvariantCulture),
        int.Parse(cells[projectColumn], CultureInfo.InvariantCulture),
        0,
        double.Parse(cells[scoreColumn], CultureInfo.InvariantCulture));
}

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{ratings.Length:N0} ratings, {ratings.Max(r => r.Project) + 1} projects ({options.GetValueOrDefault("project", "s")}) x {ratings.Max(r => r.Judge) + 1} judges ({options.GetValueOrDefault("judge", "d")}); {Environment.ProcessorCount} cores, .NET {Environment.Version}, 512-bit vectors accelerated: {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}"));
SeverityModel.Fit(ratings, fitOptions);   // warm-up (JIT)
var times = new double[runs];
SeverityFit fit = null!;
for (var r = 0; r < runs; r++)
{
    var clock = Stopwatch.StartNew();
    fit = SeverityModel.Fit(ratings, fitOptions);
    times[r] = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}  insights fit {times[r]:0.000} s ({fit.Evaluations} evaluations)"));
}

Array.Sort(times);
var median = runs % 2 == 1 ? times[runs / 2] : (times[(runs / 2) - 1] + times[runs / 2]) / 2;
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"insights variances: project {fit.ProjectVariance:G10}, judge {fit.JudgeVariance:G10}, residual {fit.ResidualVariance:G10}; REML criterion {fit.RemlCriterion:F10}; evaluations {fit.Evaluations}, converged {fit.Converged}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"insights median: fit {median:0.000} s"));
if (options.TryGetValue("reference", out var dir))
{
    var summary = File.ReadAllLines(Path.Combine(dir, "insteval-lme4-summary.txt"))
        .Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
    static double Rel(double a, double b) => Math.Abs(a - b) / Math.Abs(b);
    double maxMode = 0, maxSd = 0;
    foreach (var line in File.ReadLines(Path.Combine(dir, "insteval-lme4-judges.csv")).Skip(1))
    {
        var cells = line.Split(',');
        var level = int.Parse(cells[0], CultureInfo.InvariantCulture);
        var judge = fit.Judges[level];
        maxMode = Math.Max(maxMode, Math.Abs(judge.ConditionalMode - double.Parse(cells[1], CultureInfo.InvariantCulture)));
        maxSd = Math.Max(maxSd, Rel(judge.ConditionalSd, double.Parse(cells[2], CultureInfo.InvariantCulture)));
    }

    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"agreement with lme4: variances rel. {Rel(fit.ProjectVariance, summary[0]):0.0e0}, {Rel(fit.JudgeVariance, summary[1]):0.0e0}, {Rel(fit.ResidualVariance, summary[2]):0.0e0}; REML criterion rel. {Rel(fit.RemlCriterion, summary[3]):0.0e0} (insights {fit.RemlCriterion:F8}, lme4 {summary[3]:F8}); judge BLUPs max abs diff {maxMode:0.0e0}; conditional SDs max rel diff {maxSd:0.0e0}"));
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"ratio: lme4 fit {summary[4]:0.00} s ({summary[6]:0} evaluations) / insights {median:0.000} s ({fit.Evaluations} evaluations) = {summary[4] / median:0.0} x; lme4 fit + ranef(condVar) {summary[7]:0.00} s / insights = {summary[7] / median:0.0} x"));
}
