namespace Insights.Warehouse.Models;

/// <summary>One SQL model: a SELECT kept as <c>models/LAYER/NAME.sql</c>, materialized by its layer.</summary>
/// <param name="Name">Model name (the file name): the view or table it creates.</param>
/// <param name="Layer"><c>staging</c> (views that rename and cast), <c>marts</c> (tables) or <c>findings</c> (views of rule findings).</param>
/// <param name="Sql">The SELECT.</param>
/// <param name="DependsOn">The models it reads, found by name in its SQL.</param>
public sealed record SqlModel(string Name, string Layer, string Sql, IReadOnlyList<string> DependsOn)
{
    /// <summary>Whether the layer materializes as a table (marts) rather than a view.</summary>
    public bool IsTable => Layer == "marts";
}
