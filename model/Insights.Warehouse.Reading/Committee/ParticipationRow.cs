namespace Insights.Warehouse.Reading.Committee;

/// <summary>Participation of a track, or of the whole division (rpt_committee_participation).</summary>
/// <param name="Track">The track code, or null for the division.</param>
/// <param name="Registered">Registered projects.</param>
/// <param name="Finalists">Projects scored in the final roadshow.</param>
/// <param name="Awards">Awards (every tier).</param>
public sealed record ParticipationRow(string? Track, long Registered, long Finalists, long Awards);
