namespace Insights.Dashboard.Publishing;

/// <summary>
/// A kind of open-data table as the catalog describes it (<see cref="OpenDataCatalog"/>): its file name, whether it is
/// published per track, its title, what its rows are and what its count columns hold.
/// </summary>
/// <param name="Name">The file name without extension, e.g. <c>by-track</c>.</param>
/// <param name="PerTrack">True for a table of each track (<c>data/{season}/tracks/{code}/</c>).</param>
/// <param name="Title">What the table counts.</param>
/// <param name="Rows">What a row is (the <c>label</c> column).</param>
/// <param name="Counts">The count columns, in the files' order.</param>
public sealed record OpenDataTable(string Name, bool PerTrack, OpenDataText Title, OpenDataText Rows, IReadOnlyList<OpenDataColumn> Counts)
{
    /// <summary>The site path of the table without extension.</summary>
    /// <param name="season">The season.</param>
    /// <param name="track">The track of a per-track table (ignored otherwise).</param>
    /// <returns>E.g. <c>data/2024-JS/by-track</c> or <c>data/2024-JS/tracks/T01/awards</c>.</returns>
    public string Path(string season, string? track) =>
        PerTrack ? $"data/{season}/tracks/{track}/{Name}" : $"data/{season}/{Name}";

    /// <summary>
    /// Every column of the files, in order: <c>label</c>, the counts, <c>total</c> when there are several counts, and
    /// in Parquet each count's <c>_suppressed</c> flag after it.
    /// </summary>
    /// <returns>The columns.</returns>
    public IReadOnlyList<OpenDataColumn> Columns()
    {
        var counts = Counts.Count > 1 ? [.. Counts, OpenDataCatalog.Total] : Counts;
        var columns = new List<OpenDataColumn> { OpenDataCatalog.Label(Rows) };
        foreach (var count in counts)
        {
            columns.Add(count);
            columns.Add(OpenDataCatalog.SuppressedFlag(count.Name));
        }

        return columns;
    }
}
