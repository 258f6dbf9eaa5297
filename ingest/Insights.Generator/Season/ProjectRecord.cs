using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>A generated team and its one project, with the latent truth and the running review results.</summary>
internal sealed class ProjectRecord(string id, string teamId, Track track, Problem problem, int leadUnit, int[] partnerUnits)
{
    public string Id { get; } = id;
    public string TeamId { get; } = teamId;
    public Track Track { get; } = track;
    public Problem Problem { get; } = problem;
    public int LeadUnit { get; } = leadUnit;
    public int[] PartnerUnits { get; } = partnerUnits;

    /// <summary>Latent quality, standard normal.</summary>
    public double Quality { get; set; }

    /// <summary>Criterion-specific deviations, standard normal, one per rubric criterion.</summary>
    public double[] Profile { get; set; } = [];

    public int WrittenGroup { get; set; }
    public double WrittenTotalSum { get; set; }
    public int WrittenCount { get; set; }
    public double WrittenScore => WrittenCount == 0 ? 0 : WrittenTotalSum / WrittenCount;
    public double? OnsiteScore { get; set; }
    public double? FinalScore { get; set; }
    public double[]? FinalCriterionMeans { get; set; }
    public DateTime RegisteredAt { get; set; }
    public DateTime SubmittedAt { get; set; }
}
