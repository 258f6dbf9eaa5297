namespace Insights.Generator.Season;

/// <summary>The output of <see cref="Complaints"/>.</summary>
/// <param name="Planted">The planted invalid complaints, in file order.</param>
/// <param name="File">complaints.json.</param>
internal sealed record ComplaintList(IReadOnlyList<PlantedProblem> Planted, SeasonFile File);
