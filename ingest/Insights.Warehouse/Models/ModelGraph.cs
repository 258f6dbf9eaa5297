using System.Reflection;
using System.Text.RegularExpressions;

namespace Insights.Warehouse.Models;

/// <summary>
/// The warehouse's SQL models, read from the embedded <c>models/**/*.sql</c>, with their dependencies found by
/// name (a model depends on every other model its SQL names) and sorted so each runs after what it reads.
/// </summary>
public static partial class ModelGraph
{
    private static readonly string[] s_layers = ["staging", "marts", "findings", "reports"];

    /// <summary>Every model in dependency order (ties broken by layer, then name, so the order is stable).</summary>
    public static IReadOnlyList<SqlModel> Ordered() => Sort(Load());

    /// <summary>Loads the embedded models.</summary>
    public static IReadOnlyList<SqlModel> Load()
    {
        var assembly = typeof(ModelGraph).Assembly;
        var raw = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("models/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Name: Path.GetFileNameWithoutExtension(n), Layer: n.Split('/')[1], Sql: Read(assembly, n)))
            .ToList();
        var names = raw.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return [.. raw.Select(r => new SqlModel(
            r.Name,
            r.Layer,
            r.Sql,
            [.. Identifier().Matches(StripComments(r.Sql)).Select(m => m.Value).Where(n => n != r.Name && names.Contains(n)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))];
    }

    /// <summary>Sorts models so that each comes after the models it depends on.</summary>
    /// <param name="models">The models.</param>
    /// <exception cref="InvalidOperationException">The models depend on each other in a cycle.</exception>
    public static IReadOnlyList<SqlModel> Sort(IReadOnlyList<SqlModel> models)
    {
        var byName = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<SqlModel>();
        foreach (var model in models.OrderBy(m => Array.IndexOf(s_layers, m.Layer)).ThenBy(m => m.Name, StringComparer.Ordinal))
        {
            Visit(model);
        }

        return order;

        void Visit(SqlModel model)
        {
            if (done.Contains(model.Name))
            {
                return;
            }

            if (!visiting.Add(model.Name))
            {
                throw new InvalidOperationException($"模型依赖成环 / models depend on each other in a cycle through {model.Name}");
            }

            foreach (var dependency in model.DependsOn)
            {
                Visit(byName[dependency]);
            }

            visiting.Remove(model.Name);
            done.Add(model.Name);
            order.Add(model);
        }
    }

    internal static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string StripComments(string sql) => LineComment().Replace(sql, string.Empty);

    [GeneratedRegex(@"\b[a-z][a-z0-9_]*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();
}
