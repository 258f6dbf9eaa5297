namespace Insights.Analytics.Validation;

/// <summary>
/// The structure of a simulated season, on the scale of a province's track (all marks in percent of the criterion's
/// range before rounding to the rubric's integers). The defaults are the "realistic conditions" of issue 11: a sparse
/// written review on a mixed-range rubric, a complete final panel on 25/15/10, affiliation concentrated in two strong
/// cities whose projects are better, a sheet effect per judge and project, a day-to-day wobble with no trend,
/// erratic judges, and a moderate spread of severity.
/// </summary>
public sealed record SimulationDesign
{
    /// <summary>Tracks per season.</summary>
    public int Tracks { get; init; } = 3;

    /// <summary>Projects per track in the written review.</summary>
    public int WrittenProjects { get; init; } = 60;

    /// <summary>Judges of a track's written review.</summary>
    public int WrittenJudges { get; init; } = 10;

    /// <summary>Judges who read each written project.</summary>
    public int RatersPerProject { get; init; } = 5;

    /// <summary>Maxima of the written review's criteria (integers from 0).</summary>
    public IReadOnlyList<int> WrittenCriteria { get; init; } = [30, 30, 20, 20];

    /// <summary>Finalists per track (the best by the written mean).</summary>
    public int Finalists { get; init; } = 15;

    /// <summary>Judges of the final panel (complete; none of them in the written review).</summary>
    public int FinalJudges { get; init; } = 7;

    /// <summary>Maxima of the final roadshow's criteria.</summary>
    public IReadOnlyList<int> FinalCriteria { get; init; } = [25, 15, 10];

    /// <summary>SD of project quality, in percent of the range.</summary>
    public double QualitySd { get; init; } = 10;

    /// <summary>SD of a project's criterion profile (its strengths differ by criterion), in percent.</summary>
    public double ProfileSd { get; init; } = 4;

    /// <summary>SD of the judges' severities, in percent (moderate: the practical threshold is 10).</summary>
    public double SeveritySd { get; init; } = 3;

    /// <summary>SD of the judges' scale-use factor around 1.</summary>
    public double SpreadSd { get; init; } = 0.08;

    /// <summary>SD of a mark's own error, in percent.</summary>
    public double NoiseSd { get; init; } = 6;

    /// <summary>SD of the effect shared by the criteria of one sheet (judge × project), in percent.</summary>
    public double SheetSd { get; init; } = 2.5;

    /// <summary>SD of the effect shared by a judge's marks of one day (no trend), in percent.</summary>
    public double DaySd { get; init; } = 2;

    /// <summary>Share of erratic judges (noise × <see cref="ErraticNoiseFactor"/>, ordinary otherwise).</summary>
    public double ErraticShare { get; init; } = 0.07;

    /// <summary>Noise multiplier of an erratic judge.</summary>
    public double ErraticNoiseFactor { get; init; } = 2.5;

    /// <summary>Cities of projects and judges, strong first.</summary>
    public IReadOnlyList<string> Cities { get; init; } = ["南京市", "苏州市", "无锡市", "徐州市", "南通市"];

    /// <summary>Share of projects (and judges) per city, in the order of <see cref="Cities"/>.</summary>
    public IReadOnlyList<double> CityShares { get; init; } = [0.35, 0.3, 0.15, 0.1, 0.1];

    /// <summary>Quality advantage of the strong cities' projects, in quality SDs.</summary>
    public IReadOnlyList<double> CityQuality { get; init; } = [0.5, 0.5, 0, -0.2, -0.2];

    /// <summary>The written review's window in days; each judge marks on 3-6 of them.</summary>
    public int ReviewDays { get; init; } = 12;
}
