namespace Insights.Analytics.Validation;

/// <summary>One planted problem of a simulated season.</summary>
/// <param name="Kind">The finding kind that should find it (<see cref="PlantKind"/>).</param>
/// <param name="Stage">The stage code of its unit.</param>
/// <param name="Track">The track of its unit.</param>
/// <param name="Judge">The judge planted (the copier for collusion).</param>
/// <param name="Size">Its size (units by kind, see <see cref="PlantKind"/>).</param>
/// <param name="Partner">For collusion, the judge copied; for an outlier, the project; else empty.</param>
/// <param name="Criterion">For an outlier, the criterion of the mistyped mark; else empty.</param>
public sealed record Plant(string Kind, string Stage, string Track, string Judge, double Size, string Partner = "", string Criterion = "");
