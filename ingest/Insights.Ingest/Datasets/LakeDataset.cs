namespace Insights.Ingest.Datasets;

/// <summary>
/// A dataset of the lake: a Parquet schema shared by every batch that lands in <c>dataset=NAME/season=S/batch=B</c>.
/// Every dataset starts with <c>season</c> and ends with the lineage columns.
/// </summary>
public sealed class LakeDataset
{
    private readonly Dictionary<string, int> _index;

    /// <summary>The lineage columns every dataset ends with.</summary>
    public static IReadOnlyList<LakeColumn> Lineage { get; } =
    [
        new("batch_id", ValueKind.Text, "landing batch (one source file)"),
        new("source_file", ValueKind.Text, "source file path relative to the ingested folder"),
        new("source_sha256", ValueKind.Text, "SHA-256 of the source file"),
        new("source_row", ValueKind.WholeNumber, "row of the source file (header = 1; JSON: record index)"),
        new("loaded_at", ValueKind.DateTime, "when the batch was landed (UTC)"),
    ];

    /// <summary>Creates a dataset.</summary>
    /// <param name="name">Dataset name.</param>
    /// <param name="description">What one row is.</param>
    /// <param name="columns">The data columns, starting with <c>season</c>, without lineage.</param>
    public LakeDataset(string name, string description, IReadOnlyList<LakeColumn> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (columns.Count == 0 || columns[0].Name != "season")
        {
            throw new ArgumentException($"dataset {name} must start with the season column", nameof(columns));
        }

        Name = name;
        Description = description;
        DataColumns = columns;
        Columns = [.. columns, .. Lineage];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
        {
            if (!index.TryAdd(Columns[i].Name, i))
            {
                throw new ArgumentException($"dataset {name} names column {Columns[i].Name} twice", nameof(columns));
            }
        }

        _index = index;
    }

    /// <summary>Dataset name, e.g. <c>score</c>.</summary>
    public string Name { get; }

    /// <summary>What one row is.</summary>
    public string Description { get; }

    /// <summary>Data columns without lineage.</summary>
    public IReadOnlyList<LakeColumn> DataColumns { get; }

    /// <summary>All columns: data, then lineage.</summary>
    public IReadOnlyList<LakeColumn> Columns { get; }

    /// <summary>The position of a column.</summary>
    /// <param name="column">Column name.</param>
    public int Ordinal(string column) =>
        _index.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException($"dataset {Name} has no column {column}");
}
