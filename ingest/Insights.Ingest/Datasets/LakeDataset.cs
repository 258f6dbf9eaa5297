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
        SeasonField = TextField("season");
        BatchIdField = TextField("batch_id");
        SourceFileField = TextField("source_file");
        SourceSha256Field = TextField("source_sha256");
        SourceRowField = WholeNumberField("source_row");
        LoadedAtField = DateTimeField("loaded_at");
    }

    /// <summary>Dataset name, e.g. <c>score</c>.</summary>
    public string Name { get; }

    /// <summary>What one row is.</summary>
    public string Description { get; }

    /// <summary>Data columns without lineage.</summary>
    public IReadOnlyList<LakeColumn> DataColumns { get; }

    /// <summary>All columns: data, then lineage.</summary>
    public IReadOnlyList<LakeColumn> Columns { get; }

    /// <summary>The season column every dataset starts with.</summary>
    internal LakeField<string> SeasonField { get; }

    /// <summary>Lineage: the landing batch.</summary>
    internal LakeField<string> BatchIdField { get; }

    /// <summary>Lineage: the source file.</summary>
    internal LakeField<string> SourceFileField { get; }

    /// <summary>Lineage: the source file's SHA-256.</summary>
    internal LakeField<string> SourceSha256Field { get; }

    /// <summary>Lineage: the source row.</summary>
    internal LakeField<long> SourceRowField { get; }

    /// <summary>Lineage: when the batch was landed.</summary>
    internal LakeField<DateTime> LoadedAtField { get; }

    /// <summary>The position of a column.</summary>
    /// <param name="column">Column name.</param>
    /// <exception cref="KeyNotFoundException">The dataset has no such column.</exception>
    public int Ordinal(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (_index.TryGetValue(column, out var i))
        {
            return i;
        }

        var known = string.Join(", ", Columns.Select(c => c.Name));
        throw new KeyNotFoundException(
            $"湖数据集 {Name} 没有名为“{column}”的列（它的列：{known}） / lake dataset {Name} has no column named \"{column}\" (its columns: {known})");
    }

    /// <summary>The handle of a text column, found by name once.</summary>
    /// <param name="column">Column name.</param>
    /// <exception cref="KeyNotFoundException">The dataset has no such column.</exception>
    /// <exception cref="ArgumentException">The column holds another kind of value.</exception>
    public LakeField<string> TextField(string column) => new(this, Checked(column, ValueKind.Text));

    /// <summary>The handle of a whole-number column, found by name once.</summary>
    /// <inheritdoc cref="TextField"/>
    public LakeField<long> WholeNumberField(string column) => new(this, Checked(column, ValueKind.WholeNumber));

    /// <summary>The handle of a real-number column, found by name once.</summary>
    /// <inheritdoc cref="TextField"/>
    public LakeField<double> RealField(string column) => new(this, Checked(column, ValueKind.Real));

    /// <summary>The handle of a date column, found by name once.</summary>
    /// <inheritdoc cref="TextField"/>
    public LakeField<DateOnly> DateField(string column) => new(this, Checked(column, ValueKind.Date));

    /// <summary>The handle of a date-time column, found by name once.</summary>
    /// <inheritdoc cref="TextField"/>
    public LakeField<DateTime> DateTimeField(string column) => new(this, Checked(column, ValueKind.DateTime));

    /// <summary>The handle of a boolean column, found by name once.</summary>
    /// <inheritdoc cref="TextField"/>
    public LakeField<bool> BooleanField(string column) => new(this, Checked(column, ValueKind.Boolean));

    private int Checked(string column, ValueKind kind)
    {
        var i = Ordinal(column);
        var actual = Columns[i].Kind;
        return actual == kind
            ? i
            : throw new ArgumentException(
                $"湖数据集 {Name} 的列“{column}”存放 {actual}，不是 {kind} / column \"{column}\" of lake dataset {Name} holds {actual}, not {kind}",
                nameof(column));
    }
}
