namespace Insights.Warehouse.Models;

/// <summary>
/// One SQL model: a SELECT kept as <c>models/LAYER/NAME.sql</c>, materialized by its layer (marts and analytics as
/// tables, the others as views) unless its first line says <c>-- materialized: view</c> or <c>-- materialized: table</c>.
/// </summary>
/// <param name="Name">Model name (the file name): the view or table it creates.</param>
/// <param name="Layer"><c>staging</c> (views that rename and cast), <c>marts</c> (tables), <c>findings</c> (views of rule
/// findings) or <c>analytics</c> (the tables analyze fills: empty after a build, with their final columns).</param>
/// <param name="Sql">The SELECT.</param>
/// <param name="DependsOn">The models it reads, found by name in its SQL.</param>
public sealed record SqlModel(string Name, string Layer, string Sql, IReadOnlyList<string> DependsOn)
{
    /// <summary>Whether the model materializes as a table rather than a view.</summary>
    public bool IsTable =>
        Sql.StartsWith("-- materialized: table", StringComparison.Ordinal)
        || (Layer is ("marts" or "analytics") && !Sql.StartsWith("-- materialized: view", StringComparison.Ordinal));
}
