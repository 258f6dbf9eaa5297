namespace Insights.Warehouse.Reading.Scopes;

/// <summary>A track and the committee that hosts it (dim_track.committee_code).</summary>
/// <param name="Track">The track code.</param>
/// <param name="Committee">The hosting committee's code, or empty when no committee hosts the track.</param>
public sealed record TrackCommittee(string Track, string Committee);
