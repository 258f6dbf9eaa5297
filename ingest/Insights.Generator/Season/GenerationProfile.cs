namespace Insights.Generator.Season;

/// <summary>
/// The numbers that shape a generated season. They are assumptions (the notice publishes none of them), chosen to
/// look like a provincial innovation competition; docs/generator.md explains each.
/// </summary>
internal static class GenerationProfile
{
    /// <summary>Share of projects per track, in track order T01..T12.</summary>
    public static readonly double[] TrackShares = [0.11, 0.06, 0.07, 0.08, 0.09, 0.14, 0.06, 0.09, 0.07, 0.04, 0.11, 0.08];

    /// <summary>Share of entrant units by city, in the order of the province's city file (Nanjing first).</summary>
    public static readonly double[] CityShares = [0.22, 0.11, 0.06, 0.07, 0.20, 0.07, 0.03, 0.03, 0.04, 0.05, 0.05, 0.04, 0.03];

    /// <summary>Share of units by type: enterprise, public institution, research institute, university.</summary>
    public static readonly double[] UnitTypeShares = [0.72, 0.10, 0.08, 0.10];

    /// <summary>Registered units per project.</summary>
    public const double UnitsPerProject = 0.62;

    /// <summary>Probability that a team has partner units (产学研用 joint entry).</summary>
    public const double JointTeamShare = 0.35;

    /// <summary>Distribution of the number of representatives 1..5.</summary>
    public static readonly double[] RepresentativeCounts = [0.05, 0.12, 0.30, 0.25, 0.28];

    /// <summary>Distribution of judges per project in the written review, for 3, 4, 5 judges.</summary>
    public static readonly double[] WrittenJudgesPerProject = [0.40, 0.30, 0.30];

    /// <summary>Projects one written-review group handles at most; larger tracks split into groups.</summary>
    public const int ProjectsPerWrittenGroup = 300;

    /// <summary>Reviews a written-review judge aims to read.</summary>
    public const int WrittenLoadPerJudge = 40;

    /// <summary>Judges in a written-review group, 10-20: an assumption (the notice gives no panel sizes).</summary>
    public const int MinWrittenGroup = 10, MaxWrittenGroup = 20;

    /// <summary>Judges in the on-site and final panels, 5-9: an assumption (the notice gives no panel sizes).</summary>
    public const int MinCompletePanel = 5, MaxCompletePanel = 9;

    /// <summary>Finalists per track: 6% of entries, at least 8, at most 30; the on-site short list is three times that.</summary>
    public const double FinalistShare = 0.06;

    /// <summary>Bounds on finalists per track.</summary>
    public const int MinFinalists = 8, MaxFinalists = 30;

    /// <summary>Share of a track's preliminary judges who also judge another track of the same committee.</summary>
    public const double CrossTrackJudgeShare = 0.2;

    /// <summary>Latent mark model on the 0-100 scale: centre, project quality and criterion profile weights.</summary>
    public const double MarkCentre = 70, QualityWeight = 8, ProfileWeight = 4;

    /// <summary>Spread of ordinary judges' severity, in points of 100.</summary>
    public const double SeveritySd = 3.0;

    /// <summary>Change of the planted drift judge's severity from his first to his last written sheet, points of 100 (about −8 to +8).</summary>
    public const double DriftSeverityChange = 16;

    /// <summary>Days on which a written-review judge scores his sheets, 3-6 days of the window (fewer if he has fewer sheets).</summary>
    public const int MinWrittenReviewDays = 3, MaxWrittenReviewDays = 6;

    /// <summary>Minutes between two consecutive sheets of a judge on one day, 6-30 (less when the day would run past 21:59).</summary>
    public const int MinMinutesPerSheet = 6, MaxMinutesPerSheet = 30;

    /// <summary>Mean complaints per track during the publicity period.</summary>
    public const double ComplaintsPerTrack = 1.5;

    /// <summary>Probability that a real-name complaint comes without evidence (planted as complaint_without_evidence).</summary>
    public const double ComplaintWithoutEvidenceShare = 0.1;
}
