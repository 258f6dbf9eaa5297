using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// A generated team and its one project, with its latent truth; complete once registered (the review steps return
/// their scores instead of writing them here).
/// </summary>
internal sealed class ProjectRecord(string id, string teamId, Track track, Problem problem, int leadUnit, int[] partnerUnits)
{
    public string Id { get; } = id;
    public string TeamId { get; } = teamId;
    public Track Track { get; } = track;
    public Problem Problem { get; } = problem;
    public int LeadUnit { get; } = leadUnit;
    public int[] PartnerUnits { get; } = partnerUnits;

    /// <summary>Latent quality, standard normal.</summary>
    public double Quality { get; init; }

    /// <summary>Criterion-specific deviations, standard normal, one per rubric criterion.</summary>
    public double[] Profile { get; init; } = [];

    public DateTime RegisteredAt { get; init; }
    public DateTime SubmittedAt { get; init; }
}
