namespace Insights.Ingest.Datasets;

/// <summary>
/// A column of one lake dataset, found by its name once (<see cref="LakeDataset.TextField"/> and its siblings) and
/// set by its ordinal on every row after that: a column added to or moved in the dataset's schema moves the handle
/// with it, so no value can shift into a neighbouring column, and the rows pay for no name lookup.
/// </summary>
/// <typeparam name="T">The column's value type: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="DateOnly"/>, <see cref="System.DateTime"/> or <see cref="bool"/>.</typeparam>
public sealed class LakeField<T>
{
    internal LakeField(LakeDataset dataset, int ordinal)
    {
        Dataset = dataset;
        Ordinal = ordinal;
    }

    /// <summary>The dataset the column belongs to (a row buffer of another dataset refuses the handle).</summary>
    public LakeDataset Dataset { get; }

    /// <summary>The column's position in <see cref="LakeDataset.Columns"/>.</summary>
    public int Ordinal { get; }

    /// <summary>The column's name.</summary>
    public string Name => Dataset.Columns[Ordinal].Name;

    /// <inheritdoc />
    public override string ToString() => $"{Dataset.Name}.{Name}";
}
