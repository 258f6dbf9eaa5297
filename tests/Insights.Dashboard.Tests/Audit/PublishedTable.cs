namespace Insights.Dashboard.Tests.Audit;

/// <summary>
/// One public count table as every output together publishes it (<see cref="PublishedOutputs"/>): a cell is known when
/// any output shows it.
/// </summary>
/// <param name="Path">The site path without extension, e.g. <c>data/2024-JS/tracks/T10/by-city</c>.</param>
/// <param name="Columns">The count columns (the CSV header after <c>label</c>; <c>total</c> included).</param>
/// <param name="Rows">The row labels as the CSV has them, the last being <c>total</c>.</param>
/// <param name="Values">The values [row, column]; null when no output shows it.</param>
public sealed record PublishedTable(string Path, IReadOnlyList<string> Columns, IReadOnlyList<string> Rows, long?[,] Values)
{
    /// <summary>The table's file name, e.g. <c>by-city</c>.</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>The track of a per-track table (<c>data/{season}/tracks/{code}/…</c>), or null.</summary>
    public string? Track => Path.Split('/') is { Length: 5 } parts && parts[2] == "tracks" ? parts[3] : null;

    /// <summary>The value of a row (by label) in the first column.</summary>
    /// <param name="row">The row label.</param>
    /// <returns>The value, or null when hidden; an unknown row throws.</returns>
    public long? this[string row] => Values[Index(row), 0];

    /// <summary>The index of a row label.</summary>
    /// <param name="row">The label.</param>
    /// <returns>The index; an unknown row throws.</returns>
    public int Index(string row)
    {
        for (var r = 0; r < Rows.Count; r++)
        {
            if (Rows[r] == row)
            {
                return r;
            }
        }

        throw new KeyNotFoundException($"{Path} has no row {row}");
    }
}
