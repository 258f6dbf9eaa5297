using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// A generated team and its one project, with its latent truth; complete once registered (the review steps return
/// their scores instead of writing them here).
/// </summary>
internal sealed class ProjectRecord(string id, string teamId, Track track, Problem problem, int leadUnit, int[] partnerUnits)
{
    /// <summary>Project id, e.g. <c>JS24-T06-00012</c>.</summary>
    public string Id { get; } = id;

    /// <summary>Team id, e.g. <c>JSTD000012</c>.</summary>
    public string TeamId { get; } = teamId;

    /// <summary>The project's track.</summary>
    public Track Track { get; } = track;

    /// <summary>The problem (赛题) it answers.</summary>
    public Problem Problem { get; } = problem;

    /// <summary>Index of the lead unit among the entrant units.</summary>
    public int LeadUnit { get; } = leadUnit;

    /// <summary>Indexes of the partner units (empty unless a joint entry).</summary>
    public int[] PartnerUnits { get; } = partnerUnits;

    /// <summary>Latent quality, standard normal.</summary>
    public double Quality { get; init; }

    /// <summary>Criterion-specific deviations, standard normal, one per rubric criterion.</summary>
    public double[] Profile { get; init; } = [];

    /// <summary>When the team registered (Beijing time).</summary>
    public DateTime RegisteredAt { get; init; }

    /// <summary>When the project was submitted, at the latest when submissions close.</summary>
    public DateTime SubmittedAt { get; init; }
}
