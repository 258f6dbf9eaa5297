namespace Insights.Warehouse.Building;

/// <summary>
/// What a build's season-scoped data tests may leave out: the seasons whose tests passed in the old warehouse under
/// the fingerprint they have now (<see cref="SeasonFingerprints"/>), and what is needed to narrow the lake views to the others.
/// </summary>
/// <param name="Views">The lake views and their files.</param>
/// <param name="LakeRoot">The lake's root.</param>
/// <param name="Fingerprints">Every season's fingerprint in the new warehouse.</param>
/// <param name="Carried">The seasons whose season-scoped data tests are carried over, not run.</param>
internal sealed record DataTestScope(IReadOnlyList<LakeView> Views, string LakeRoot, IReadOnlyDictionary<string, string> Fingerprints, IReadOnlySet<string> Carried);
